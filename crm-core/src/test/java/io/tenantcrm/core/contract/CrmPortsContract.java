package io.tenantcrm.core.contract;

import io.tenantcrm.core.Crm;
import io.tenantcrm.core.CrmPorts;
import io.tenantcrm.core.account.Account;
import io.tenantcrm.core.activity.Activity;
import io.tenantcrm.core.activity.ActivityType;
import io.tenantcrm.core.activity.Direction;
import io.tenantcrm.core.activity.Task;
import io.tenantcrm.core.audit.AuditEntry;
import io.tenantcrm.core.deal.Deal;
import io.tenantcrm.core.deal.DealEdit;
import io.tenantcrm.core.deal.LossCategory;
import io.tenantcrm.core.deal.LossReason;
import io.tenantcrm.core.deal.NextStep;
import io.tenantcrm.core.deal.StageTransition;
import io.tenantcrm.core.lead.Attachment;
import io.tenantcrm.core.lead.BuyingStage;
import io.tenantcrm.core.lead.ContactDetails;
import io.tenantcrm.core.lead.ConversionTerms;
import io.tenantcrm.core.lead.Lead;
import io.tenantcrm.core.lead.LeadConversion;
import io.tenantcrm.core.lead.LeadIntake;
import io.tenantcrm.core.lead.LeadStatus;
import io.tenantcrm.core.lead.NeedClarity;
import io.tenantcrm.core.lead.NewLead;
import io.tenantcrm.core.lead.Qualification;
import io.tenantcrm.core.pipeline.StageId;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.Incoterm;
import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.shared.Page;
import io.tenantcrm.core.shared.PageRequest;
import io.tenantcrm.core.shared.PaymentTerms;
import io.tenantcrm.core.shared.PhoneNumber;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.SourceChannel;
import io.tenantcrm.core.shared.StaleRecordException;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every implementation of crm-core's ports must do, run against each: the in-memory testkit here, the JPA
 * adapters on PostgreSQL in crm-persistence. Records round-trip whole, versions move by one, stale updates fail,
 * queries answer in their documented order, another tenant's records are not there, and a use case that fails
 * leaves nothing behind.
 */
public abstract class CrmPortsContract {

    /** What an implementation provides to the contract. Both tenants exist and start empty for each test. */
    public interface Fixture {
        CrmPorts ports();

        /** The read-many side of the deal and lead adapters. */
        io.tenantcrm.core.deal.DealQueries dealQueries();

        io.tenantcrm.core.lead.LeadQueries leadQueries();

        /** The configuration side: settings and pipelines. */
        io.tenantcrm.core.tenant.TenantSettings settings();

        io.tenantcrm.core.pipeline.PipelineRepository pipelines();

        void actAs(TenantId tenant, UserId user);

        TenantId tenantA();

        TenantId tenantB();

        /** The instant the fixture's clock shows; stored times are compared at microsecond precision. */
        Instant now();

        /** The quote-to-cash chain's stores. */
        ChainStores chain();

        io.tenantcrm.core.search.RecordSearch search();

        /** Import jobs and their runs. */
        io.tenantcrm.core.imports.ImportJobRepository imports();

        /** Each tenant's assignment rules and pools, and where each pool's rotation stands. */
        io.tenantcrm.core.assignment.AssignmentPolicies assignmentPolicies();

        io.tenantcrm.core.assignment.PoolStates poolStates();
    }

    /** The stores of products, quotes, orders and document numbers. */
    public record ChainStores(io.tenantcrm.core.product.ProductRepository products,
                              io.tenantcrm.core.quote.QuoteRepository quotes,
                              io.tenantcrm.core.order.OrderRepository orders,
                              io.tenantcrm.core.shared.DocumentNumbers numbers) {
    }

    protected static final UserId RITA = UserId.of("rita");
    protected static final UserId MIKE = UserId.of("mike");
    protected static final PageRequest PAGE = PageRequest.first(50);

    protected Fixture fixture;
    protected Crm crm;

    protected abstract Fixture createFixture();

    @BeforeEach
    void wire() {
        fixture = createFixture();
        fixture.actAs(fixture.tenantA(), RITA);
        crm = new Crm(fixture.ports());
    }

    protected <T> T tx(Supplier<T> work) {
        return fixture.ports().unitOfWork().inTransaction(work);
    }

    private Instant now() {
        return fixture.now();
    }

    private Lead receive(String email) {
        return crm.leadIntake().receive(new NewLead(SourceChannel.MARKETPLACE, "Alibaba", now().minusSeconds(3600),
                new ContactDetails("Li Wei", "Shenzhen Pumps", EmailAddress.of(email),
                        PhoneNumber.parse("+86 138 0013 8000", null), "Buyer"),
                CountryCode.of("CN"), "impellers", "Need 5,000 pcs DN100",
                List.of(new Attachment("drawing.pdf", "application/pdf", 123_456, "s3://files/drawing.pdf"))));
    }

    private LeadConversion.Converted convert(Lead lead) {
        return crm.leadConversion().convert(lead.id(), null, ConversionTerms.of("Impellers 2026",
                new NextStep("Send drawings", now().plus(Duration.ofDays(1)))).withAmount(Money.of("48000.50", "USD")));
    }

    @Test
    public void a_lead_round_trips_whole_with_version_1() {
        Lead lead = receive("li.wei@szpumps.cn");

        Lead stored = tx(() -> fixture.ports().leads().find(fixture.tenantA(), lead.id())).orElseThrow();

        assertThat(stored).isEqualTo(lead);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.attachments()).singleElement()
                .satisfies(a -> assertThat(a.location()).isEqualTo("s3://files/drawing.pdf"));
    }

    @Test
    public void an_update_moves_the_version_by_one_and_a_stale_one_fails() {
        Lead lead = receive("li.wei@szpumps.cn");
        Lead qualified = crm.leadTriage().recordQualification(lead.id(), new Qualification(
                NeedClarity.SPECS_OR_DRAWINGS, BuyingStage.SAMPLING, null, null, PaymentTerms.LETTER_OF_CREDIT,
                Incoterm.FOB, null, "impellers"));

        assertThat(qualified.version()).isEqualTo(2);
        assertThat(tx(() -> fixture.ports().leads().find(fixture.tenantA(), lead.id())).orElseThrow())
                .isEqualTo(qualified);
        assertThatThrownBy(() -> tx(() -> fixture.ports().leads().update(lead)))
                .isInstanceOf(StaleRecordException.class);
    }

    @Test
    public void a_conversion_writes_account_contact_deal_tasks_history_and_audit_together() {
        Lead lead = receive("li.wei@szpumps.cn");

        LeadConversion.Converted converted = convert(lead);

        Deal deal = converted.deal().deal();
        TenantId a = fixture.tenantA();
        assertThat(tx(() -> fixture.ports().deals().find(a, deal.id()))).contains(deal);
        assertThat(tx(() -> fixture.ports().accounts().find(a, deal.account()))).contains(converted.accountUsed());
        assertThat(tx(() -> fixture.ports().contacts().contactsOf(a, deal.account())))
                .containsExactly(converted.contact().record());
        assertThat(converted.contact().record().version()).isEqualTo(1);
        assertThat(tx(() -> fixture.ports().tasks().tasksAbout(a, deal.ref()))).extracting(Task::title)
                .containsExactly("Confirm the need: specs, volume, target price");
        assertThat(tx(() -> fixture.ports().stageHistory().of(a, deal.id())))
                .extracting(t -> t.to().value()).containsExactly("inquiry");
        assertThat(tx(() -> fixture.ports().leads().find(a, lead.id()))).hasValueSatisfying(
                l -> assertThat(l.status()).isEqualTo(LeadStatus.CONVERTED));
        assertThat(tx(() -> fixture.ports().auditLog().historyOf(a, lead.ref()))).extracting(AuditEntry::field)
                .containsExactly("record", "status");
    }

    @Test
    public void an_ownership_change_keeps_the_steps_of_a_reason_the_crm_gave_and_none_for_a_typed_one() {
        Lead lead = receive("chen.jie@szpumps.cn");
        crm.leadTriage().take(lead.id());
        crm.leadTriage().assign(lead.id(), UserId.of("mike"), "Rita is at the fair this week");

        List<AuditEntry> owners = tx(() -> fixture.ports().auditLog().historyOf(fixture.tenantA(), lead.ref()))
                .stream().filter(e -> e.field().equals("owner")).toList();
        assertThat(owners).extracting(e -> e.said().stream().map(w -> w.code()).toList())
                .containsExactly(List.of("taken-from-queue"), List.of());
        assertThat(owners).extracting(AuditEntry::reason)
                .containsExactly("taken from the unassigned queue", "Rita is at the fair this week");
    }

    @Test
    public void a_deal_moves_to_won_and_keeps_its_money_and_history() {
        Deal deal = convert(receive("li.wei@szpumps.cn")).deal().deal();

        crm.deals().edit(deal.id(), DealEdit.none().terms(Incoterm.CIF, PaymentTerms.TT_IN_ADVANCE)
                .expectedClose(LocalDate.of(2026, 12, 31)).probabilityOverride(55));
        crm.deals().moveTo(deal.id(), StageId.of("quote"), new NextStep("Follow up", now().plus(Duration.ofDays(2))));
        Deal won = crm.deals().win(deal.id()).deal();

        Deal stored = tx(() -> fixture.ports().deals().find(fixture.tenantA(), deal.id())).orElseThrow();
        assertThat(stored).isEqualTo(won);
        assertThat(stored.amount()).isEqualTo(Money.of("48000.50", "USD"));
        assertThat(stored.version()).isEqualTo(4);
        assertThat(tx(() -> fixture.ports().stageHistory().of(fixture.tenantA(), deal.id())))
                .extracting(StageTransition::to).extracting(StageId::value)
                .containsExactly("inquiry", "quote", "order");
        assertThat(tx(() -> fixture.ports().auditLog().historyOf(fixture.tenantA(), deal.ref())))
                .extracting(AuditEntry::field)
                .containsExactly("record", "expectedClose", "tradeTerms", "paymentTerms", "probabilityOverride",
                        "stage", "nextStep", "stage", "nextStep");
    }

    @Test
    public void a_lost_deal_keeps_its_structured_reason() {
        Deal deal = convert(receive("li.wei@szpumps.cn")).deal().deal();
        LossReason reason = new LossReason(LossCategory.PRICE, "competitor cheaper", "lost by 8%");

        crm.deals().lose(deal.id(), reason);

        assertThat(tx(() -> fixture.ports().deals().find(fixture.tenantA(), deal.id()))).hasValueSatisfying(
                d -> assertThat(d.lossReason()).isEqualTo(reason));
    }

    @Test
    public void queries_answer_in_their_documented_order() {
        LeadConversion.Converted converted = convert(receive("a@one.cn"));
        Deal first = converted.deal().deal();
        Deal second = convert(receive("b@two.cn")).deal().deal();
        crm.deals().scheduleNextStep(second.id(), new NextStep("Sooner", now().plus(Duration.ofHours(2))));
        Lead unassigned = receive("c@three.cn");
        TenantId a = fixture.tenantA();

        assertThat(tx(() -> fixture.dealQueries().openDealsWithNextStepDueBefore(a, now().plus(Duration.ofDays(2)),
                PAGE).items()))
                .extracting(Deal::id).containsExactly(second.id(), first.id());
        assertThat(tx(() -> fixture.dealQueries().openDealsOf(a, RITA, PAGE).items())).hasSize(2);
        assertThat(tx(() -> fixture.dealQueries().openDealsOf(a, MIKE, PAGE).items())).isEmpty();
        assertThat(tx(() -> fixture.leadQueries().unassigned(a, PAGE).items())).extracting(Lead::id)
                .as("converted leads need no more work").contains(unassigned.id())
                .doesNotContain(converted.lead().record().id());
        assertThat(tx(() -> fixture.leadQueries().leadsOf(a, RITA, LeadStatus.NEW, PAGE).items())).isEmpty();
        assertThat(tx(() -> fixture.ports().tasks().openTasksOf(a, RITA, PAGE).items())).hasSize(2)
                .isSortedAccordingTo(java.util.Comparator.comparing(Task::due));
        List<StageTransition> today = tx(() -> fixture.ports().stageHistory().between(a,
                now().minus(Duration.ofHours(1)), now().plus(Duration.ofHours(1))));
        assertThat(today).hasSize(2);
    }

    @Test
    public void the_timeline_lists_newest_first_with_every_linked_record() {
        Deal deal = convert(receive("li.wei@szpumps.cn")).deal().deal();
        Instant earlier = now().minus(Duration.ofHours(5)).truncatedTo(ChronoUnit.SECONDS);
        Activity call = crm.timeline().log(ActivityType.CALL, Direction.OUTBOUND, List.of(deal.ref()), earlier,
                "Discussed volume");
        Activity quote = crm.timeline().log(ActivityType.QUOTE_SENT, Direction.OUTBOUND,
                List.of(deal.ref(), new io.tenantcrm.core.audit.RecordRef(io.tenantcrm.core.audit.RecordType.ACCOUNT,
                        deal.account().toString())), null, "Quote Q-1");

        assertThat(crm.timeline().of(deal.ref(), PAGE).items()).containsExactly(quote, call);
        Activity corrected = crm.timeline().correct(call.id(), "Discussed volume and price", "missed the price");
        assertThat(corrected.version()).isEqualTo(2);
        assertThat(tx(() -> fixture.ports().activities().find(fixture.tenantA(), call.id()))).contains(corrected);
    }

    @Test
    public void an_activity_keeps_its_documents_and_wording_and_a_correction_keeps_the_documents() {
        Deal deal = convert(receive("li.wei@szpumps.cn")).deal().deal();
        var pdf = new io.tenantcrm.core.activity.AttachedDocument("Q-2026-00007-v2.pdf", "application/pdf",
                new io.tenantcrm.core.audit.RecordRef(io.tenantcrm.core.audit.RecordType.QUOTE,
                        java.util.UUID.randomUUID().toString()), 2);
        io.tenantcrm.core.shared.Acting acting = acting();
        Activity sent = tx(() -> fixture.ports().activities().add(Activity.log(acting, ActivityType.QUOTE_SENT,
                Direction.OUTBOUND, List.of(deal.ref()), acting.at(), "Quote Q-2026-00007 v2 sent")
                .attaching(List.of(pdf)).saying(new io.tenantcrm.core.shared.Wording("quote-sent",
                        java.util.Map.of("number", "Q-2026-00007", "version", "2")))));

        assertThat(crm.timeline().of(deal.ref(), PAGE).items()).containsExactly(sent);
        assertThat(sent.documents()).containsExactly(pdf);
        Activity corrected = crm.timeline().correct(sent.id(), "Quote Q-2026-00007 v2 sent by email", "how");
        assertThat(tx(() -> fixture.ports().activities().find(fixture.tenantA(), sent.id())).orElseThrow()
                .documents()).containsExactly(pdf);
        assertThat(corrected.documents()).containsExactly(pdf);
        assertThat(corrected.wording()).as("the corrected text is a person's").isNull();
    }

    @Test
    public void a_task_keeps_its_wording_when_it_is_done() {
        Deal deal = convert(receive("li.wei@szpumps.cn")).deal().deal();
        io.tenantcrm.core.shared.Acting acting = acting();
        var said = new io.tenantcrm.core.shared.Wording("quote-follow-up", java.util.Map.of("deal", deal.title()));
        Task reminder = tx(() -> fixture.ports().tasks().add(Task.create(acting, deal.ref(),
                "Follow up on the quote for " + deal.title(), acting.at(), RITA).saying(said)));

        assertThat(tx(() -> fixture.ports().tasks().find(fixture.tenantA(), reminder.id())).orElseThrow().wording())
                .isEqualTo(said);
        Task done = crm.tasks().complete(reminder.id());
        assertThat(done.wording()).isEqualTo(said);
        assertThat(tx(() -> fixture.ports().tasks().find(fixture.tenantA(), reminder.id())).orElseThrow())
                .isEqualTo(done);
    }

    @Test
    public void an_assignment_policy_is_kept_per_tenant_and_each_pool_keeps_its_rotation() {
        var pool = new io.tenantcrm.core.assignment.SalesPool("asia", List.of(RITA, MIKE),
                io.tenantcrm.core.assignment.SalesPool.Distribution.ROUND_ROBIN, null);
        var policy = io.tenantcrm.core.assignment.AssignmentPolicy.of(List.of(new io.tenantcrm.core.assignment
                .AssignmentRule("China", java.util.Set.of(io.tenantcrm.core.shared.CountryCode.of("CN")),
                java.util.Set.of(), java.util.Set.of(), java.util.Set.of(),
                io.tenantcrm.core.assignment.AssignmentTarget.pool("asia"))), List.of(pool),
                io.tenantcrm.core.assignment.AssignmentTarget.person(RITA));
        var policies = fixture.assignmentPolicies();
        var pools = fixture.poolStates();
        TenantId a = fixture.tenantA();
        TenantId b = fixture.tenantB();
        tx(() -> {
            policies.save(a, policy);
            return null;
        });
        assertThat(tx(() -> policies.of(a))).contains(policy);
        assertThat(tx(() -> pools.lock(a, pool)).lastAssigned()).as("nobody has had a lead yet").isNull();

        // Rita owns two open leads and a disqualified one: the open ones count
        Lead first = receive("chen.one@szpumps.cn");
        Lead second = receive("chen.two@szpumps.cn");
        Lead third = receive("chen.three@szpumps.cn");
        crm.leadTriage().take(first.id());
        crm.leadTriage().take(second.id());
        crm.leadTriage().take(third.id());
        crm.leadTriage().disqualify(third.id(), "a student asking for prices");
        tx(() -> {
            pools.advance(a, "asia", RITA);
            return null;
        });
        var state = tx(() -> pools.lock(a, pool));
        assertThat(state.lastAssigned()).isEqualTo(RITA);
        assertThat(state.openLeadsOf(RITA)).isEqualTo(2);
        assertThat(state.openLeadsOf(MIKE)).isZero();

        // a transaction that fails leaves the rotation where it was
        assertThatThrownBy(() -> tx(() -> {
            pools.advance(a, "asia", MIKE);
            throw new IllegalStateException("the intake failed after the choice");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(tx(() -> pools.lock(a, pool)).lastAssigned()).isEqualTo(RITA);

        // the rules edited: the pool keeps its place in the rotation, a new pool starts from its first member
        var europe = new io.tenantcrm.core.assignment.SalesPool("europe", List.of(MIKE, RITA),
                io.tenantcrm.core.assignment.SalesPool.Distribution.ROUND_ROBIN, null);
        tx(() -> {
            policies.save(a, io.tenantcrm.core.assignment.AssignmentPolicy.of(policy.rules(), List.of(pool, europe),
                    policy.fallback()));
            return null;
        });
        assertThat(tx(() -> pools.lock(a, pool)).lastAssigned()).isEqualTo(RITA);
        assertThat(tx(() -> pools.lock(a, europe)).lastAssigned()).isNull();

        fixture.actAs(b, MIKE);
        assertThat(tx(() -> policies.of(b))).as("another tenant has no rules").isEmpty();
        assertThatThrownBy(() -> tx(() -> pools.lock(b, pool))).as("nor the pool")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    public void an_import_job_keeps_its_file_and_mapping_and_is_not_seen_by_another_tenant() {
        var imports = fixture.imports();
        TenantId a = fixture.tenantA();
        java.util.UUID id = java.util.UUID.randomUUID();
        var mapping = new java.util.LinkedHashMap<String, Integer>();
        mapping.put("personName", 0);
        mapping.put("email", 2);
        var job = new io.tenantcrm.core.imports.ImportJob(a, id, RITA, now(), "LEADS", "canton-fair.xlsx", "XLSX",
                List.of("Name", "", "E-mail", "公司"), mapping, 120);
        tx(() -> {
            imports.add(job);
            return null;
        });

        assertThat(tx(() -> imports.find(a, id))).contains(job);
        assertThat(job.isSeenBy(RITA, false)).isTrue();
        assertThat(job.isSeenBy(MIKE, false)).as("another rep's upload").isFalse();
        assertThat(job.isSeenBy(MIKE, true)).as("an admin's").isTrue();
        tx(() -> {
            imports.mapping(a, id, java.util.Map.of("email", 2));
            return null;
        });
        assertThat(tx(() -> imports.find(a, id)).orElseThrow().mapping()).isEqualTo(java.util.Map.of("email", 2));

        fixture.actAs(fixture.tenantB(), MIKE);
        assertThat(tx(() -> imports.find(fixture.tenantB(), id))).isEmpty();
        assertThat(tx(() -> imports.runs(fixture.tenantB(), id, now()))).isEmpty();
    }

    @Test
    public void an_import_runs_once_at_a_time_and_its_real_run_only_once() {
        var imports = fixture.imports();
        TenantId a = fixture.tenantA();
        java.util.UUID id = java.util.UUID.randomUUID();
        Instant at = now();
        var DRY = io.tenantcrm.core.imports.ImportRun.Kind.DRY;
        var REAL = io.tenantcrm.core.imports.ImportRun.Kind.REAL;
        tx(() -> {
            imports.add(new io.tenantcrm.core.imports.ImportJob(a, id, RITA, at, "LEADS", "leads.csv", "CSV",
                    List.of("email"), java.util.Map.of("email", 0), 3));
            return null;
        });
        var counts = new io.tenantcrm.core.imports.ImportRun.Counts(2, 1, 0, 1, 0, 1);

        assertThat(tx(() -> imports.start(a, id, DRY, "one", at))).isTrue();
        assertThat(tx(() -> imports.start(a, id, DRY, "two", at.plusSeconds(1)))).as("already running").isFalse();
        assertThat(tx(() -> imports.progress(a, id, DRY, counts, at.plusSeconds(2)))).isFalse();
        assertThat(tx(() -> imports.requestCancel(a, id))).isEqualTo(1);
        assertThat(tx(() -> imports.cancelRequested(a, id, DRY))).isTrue();
        tx(() -> {
            imports.finish(a, id, DRY, io.tenantcrm.core.imports.ImportRun.Status.CANCELLED, counts, null,
                    "row,outcome\n2,create\n", 1, at.plusSeconds(3));
            return null;
        });
        assertThat(tx(() -> imports.runs(a, id, at.plusSeconds(4)))).singleElement().satisfies(run -> {
            assertThat(run.status()).isEqualTo(io.tenantcrm.core.imports.ImportRun.Status.CANCELLED);
            assertThat(run.counts()).isEqualTo(counts);
            assertThat(run.reportRows()).isEqualTo(1);
        });
        assertThat(tx(() -> imports.report(a, id, DRY))).contains("row,outcome\n2,create\n");
        assertThat(tx(() -> imports.requestCancel(a, id))).as("nothing runs").isZero();

        assertThat(tx(() -> imports.start(a, id, REAL, "one", at.plusSeconds(5)))).isTrue();
        Instant later = at.plus(io.tenantcrm.core.imports.ImportRun.QUIET).plusSeconds(60);
        assertThat(tx(() -> imports.runs(a, id, later))).filteredOn(run -> run.kind() == REAL).singleElement()
                .satisfies(run -> assertThat(run.status()).as("its instance went quiet")
                        .isEqualTo(io.tenantcrm.core.imports.ImportRun.Status.INTERRUPTED));
        assertThat(tx(() -> imports.start(a, id, REAL, "two", later))).as("an interrupted run starts again").isTrue();
        tx(() -> {
            imports.finish(a, id, REAL, io.tenantcrm.core.imports.ImportRun.Status.DONE, counts, null, "", 0,
                    later.plusSeconds(1));
            return null;
        });
        assertThat(tx(() -> imports.start(a, id, REAL, "three", later.plusSeconds(2)))).as("imported once").isFalse();
        assertThat(tx(() -> imports.start(a, id, DRY, "three", later.plusSeconds(2)))).as("a dry run again")
                .isTrue();
    }

    @Test
    public void another_tenants_records_are_not_there() {
        Lead lead = receive("li.wei@szpumps.cn");
        Deal deal = convert(lead).deal().deal();

        fixture.actAs(fixture.tenantB(), MIKE);
        TenantId b = fixture.tenantB();
        assertThat(tx(() -> fixture.ports().leads().find(b, lead.id()))).isEmpty();
        assertThat(tx(() -> fixture.ports().deals().find(b, deal.id()))).isEmpty();
        assertThat(tx(() -> fixture.ports().accounts().find(b, deal.account()))).isEmpty();
        assertThat(tx(() -> fixture.ports().contacts().contactsOf(b, deal.account()))).isEmpty();
        assertThat(tx(() -> fixture.dealQueries().openDeals(b))).isEmpty();
        assertThat(tx(() -> fixture.ports().tasks().tasksAbout(b, deal.ref()))).isEmpty();
        assertThat(tx(() -> fixture.ports().stageHistory().of(b, deal.id()))).isEmpty();
        assertThat(tx(() -> fixture.ports().auditLog().historyOf(b, deal.ref()))).isEmpty();
        assertThatThrownBy(() -> crm.deals().win(deal.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> crm.leadTriage().qualify(lead.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    public void a_refused_use_case_leaves_nothing_behind() {
        Lead lead = receive("li.wei@szpumps.cn");

        assertThatThrownBy(() -> crm.leadConversion().convert(lead.id(), null, ConversionTerms.of("x",
                new NextStep("Too late", now().minusSeconds(1))))).isInstanceOf(RuleViolationException.class);

        assertThat(tx(() -> fixture.ports().leads().find(fixture.tenantA(), lead.id()))).hasValueSatisfying(
                l -> assertThat(l.status()).isEqualTo(LeadStatus.NEW));
        assertThat(tx(() -> fixture.dealQueries().openDeals(fixture.tenantA()))).isEmpty();
    }

    @Test
    public void a_record_added_and_changed_in_one_transaction_keeps_the_change() {
        io.tenantcrm.core.shared.Acting acting = new io.tenantcrm.core.shared.Acting(fixture.tenantA(), RITA, now());
        Account changed = tx(() -> {
            Account added = fixture.ports().accounts().add(Account.create("Added And Changed", null, RITA, acting)
                    .record());
            return fixture.ports().accounts().update(added.edit(io.tenantcrm.core.account.AccountEdit.none()
                    .tier(io.tenantcrm.core.account.AccountTier.A), acting).record());
        });

        assertThat(changed.version()).isEqualTo(2);
        assertThat(tx(() -> fixture.ports().accounts().find(fixture.tenantA(), changed.id()))).contains(changed);
    }

    @Test
    public void accounts_keep_their_profile() {
        Account account = convert(receive("li.wei@szpumps.cn")).accountUsed();
        Account edited = tx(() -> {
            Account current = fixture.ports().accounts().find(fixture.tenantA(), account.id()).orElseThrow();
            return fixture.ports().accounts().update(current.edit(io.tenantcrm.core.account.AccountEdit.none()
                            .tier(io.tenantcrm.core.account.AccountTier.A)
                            .locale(java.time.ZoneId.of("Asia/Shanghai"), java.util.Locale.SIMPLIFIED_CHINESE),
                    new io.tenantcrm.core.shared.Acting(fixture.tenantA(), RITA, now())).record());
        });

        assertThat(edited.version()).isEqualTo(2);
        assertThat(tx(() -> fixture.ports().accounts().find(fixture.tenantA(), account.id()))).contains(edited);
    }

    @Test
    public void a_customers_open_deals_are_listed_oldest_first_and_closed_ones_are_not() {
        Deal first = convert(receive("open-deals@owned.test")).deal().deal();
        Deal second = tx(() -> fixture.ports().deals().add(Deal.open(io.tenantcrm.core.deal.NewDeal.of("Second order", first.account(),
                RITA, new NextStep("Call", now().plus(Duration.ofDays(2)))),
                fixture.ports().configuration().pipeline(fixture.tenantA()),
                new io.tenantcrm.core.shared.Acting(fixture.tenantA(), RITA, now().plusSeconds(1))).deal()));

        assertThat(tx(() -> fixture.dealQueries().openDealsOn(fixture.tenantA(), first.account())))
                .extracting(Deal::id).containsExactly(first.id(), second.id());
        fixture.actAs(fixture.tenantB(), MIKE);
        assertThat(tx(() -> fixture.dealQueries().openDealsOn(fixture.tenantB(), first.account()))).isEmpty();
    }

    @Test
    public void the_open_deals_of_some_sellers_are_read_in_their_tenant_only() {
        Deal ritas = convert(receive("ritas-deal@owned.test")).deal().deal();
        Deal mikes = crm.deals().reassign(convert(receive("mikes-deal@owned.test")).deal().deal().id(),
                MIKE, "Mike covers this market").deal();

        assertThat(tx(() -> fixture.dealQueries().openDealsOwnedBy(fixture.tenantA(), java.util.Set.of(RITA))))
                .extracting(Deal::id).contains(ritas.id()).doesNotContain(mikes.id());
        assertThat(tx(() -> fixture.dealQueries().openDealsOwnedBy(fixture.tenantA(), java.util.Set.of(RITA, MIKE))))
                .extracting(Deal::id).contains(ritas.id(), mikes.id());
        assertThat(tx(() -> fixture.dealQueries().openDealsOwnedBy(fixture.tenantA(), java.util.Set.of()))).isEmpty();
        fixture.actAs(fixture.tenantB(), MIKE);
        assertThat(tx(() -> fixture.dealQueries().openDealsOwnedBy(fixture.tenantB(), java.util.Set.of(RITA, MIKE))))
                .isEmpty();
    }

    @Test
    public void an_account_is_found_by_its_customer_id_in_its_tenant_only() {
        Account account = convert(receive("customer-id@owned.test")).accountUsed();

        assertThat(tx(() -> fixture.ports().accounts().withCustomer(fixture.tenantA(), account.customer())))
                .contains(account);
        assertThat(tx(() -> fixture.ports().accounts().withCustomer(fixture.tenantA(),
                io.tenantcrm.core.shared.CustomerId.newId()))).isEmpty();
        fixture.actAs(fixture.tenantB(), MIKE);
        assertThat(tx(() -> fixture.ports().accounts().withCustomer(fixture.tenantB(), account.customer())))
                .isEmpty();
    }

    @Test
    public void search_finds_leads_accounts_and_contacts_by_name_company_email_or_phone_in_scope_and_tenant_only() {
        Lead open = receiveFrom(crm, "Wang Wei", "Ningbo Hardware Co", "wang.wei@nbhw.test", "+86 574 1234 5678");
        Account account = convert(receive("li.wei@szpumps.cn")).accountUsed();
        var search = fixture.search();
        var admin = io.tenantcrm.core.access.RecordScope.of(account.owner(),
                java.util.Set.of(io.tenantcrm.core.tenant.CrmRole.TENANT_ADMIN), () -> null);
        java.util.function.BiFunction<String, io.tenantcrm.core.access.RecordScope, List<String>> hits = (typed, scope) ->
                tx(() -> search.find(fixture.tenantA(), io.tenantcrm.core.search.SearchQuery.of(typed), scope, 10))
                        .stream().map(hit -> hit.type() + " " + hit.title()).sorted().toList();

        assertThat(hits.apply("ningbo", admin)).containsExactly("LEAD Wang Wei");
        assertThat(hits.apply("SHENZHEN", admin)).containsExactly("ACCOUNT Shenzhen Pumps");
        assertThat(hits.apply("szpumps.cn", admin)).as("by email").containsExactly("CONTACT Li Wei");
        assertThat(hits.apply("574 1234", admin)).as("by the phone's digits").containsExactly("LEAD Wang Wei");
        assertThat(hits.apply("li wei", admin)).as("the converted lead is its contact now").containsExactly(
                "CONTACT Li Wei");
        assertThat(hits.apply("%%", admin)).as("wildcards are letters").isEmpty();

        var stranger = io.tenantcrm.core.access.RecordScope.of(MIKE,
                java.util.Set.of(io.tenantcrm.core.tenant.CrmRole.SALES_REP), () -> null);
        assertThat(hits.apply("wei", stranger)).as("a rep sees unassigned leads, not others' accounts")
                .containsExactly("LEAD Wang Wei");
        fixture.actAs(fixture.tenantB(), MIKE);
        assertThat(tx(() -> search.find(fixture.tenantB(), io.tenantcrm.core.search.SearchQuery.of("wei"), admin, 10)))
                .isEmpty();
        assertThat(open.owner()).isNull();
    }

    @Test
    public void a_sellers_accounts_are_listed_page_by_page_in_their_tenant_only() {
        Account first = convert(receive("first@owned.test")).accountUsed();
        Account second = convert(receive("second@owned.test")).accountUsed();

        var page = tx(() -> fixture.ports().accounts().ownedBy(fixture.tenantA(), first.owner(),
                new io.tenantcrm.core.shared.PageRequest(1, null)));
        var rest = tx(() -> fixture.ports().accounts().ownedBy(fixture.tenantA(), first.owner(),
                new io.tenantcrm.core.shared.PageRequest(200, page.next())));

        List<Account> all = new java.util.ArrayList<>(page.items());
        all.addAll(rest.items());
        assertThat(all).extracting(Account::id).contains(first.id(), second.id()).doesNotHaveDuplicates();
        fixture.actAs(fixture.tenantB(), MIKE);
        assertThat(tx(() -> fixture.ports().accounts().ownedBy(fixture.tenantB(), first.owner(),
                new io.tenantcrm.core.shared.PageRequest(200, null))).items())
                .extracting(Account::id).doesNotContain(first.id(), second.id());
    }

    @Test
    public void pages_walk_a_list_once_even_when_rows_arrive_meanwhile() {
        List<Lead> received = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            received.add(receive("buyer" + i + "@page.cn"));
        }
        TenantId a = fixture.tenantA();
        Page<Lead> first = tx(() -> fixture.leadQueries().unassigned(a, PageRequest.first(2)));
        receive("late@page.cn"); // arrives while the seller reads page one
        Page<Lead> second = tx(() -> fixture.leadQueries().unassigned(a, new PageRequest(2, first.next())));
        Page<Lead> third = tx(() -> fixture.leadQueries().unassigned(a, new PageRequest(2, second.next())));

        List<io.tenantcrm.core.lead.LeadId> seen = new java.util.ArrayList<>();
        java.util.stream.Stream.of(first, second, third).forEach(p -> p.items().forEach(l -> seen.add(l.id())));
        assertThat(first.items()).hasSize(2);
        assertThat(seen).doesNotHaveDuplicates()
                .containsAll(received.stream().map(Lead::id).toList());
        assertThat(third.nextCursor()).isEmpty();
    }

    @Test
    public void a_foreign_or_broken_cursor_is_refused_with_the_field_named() {
        assertThatThrownBy(() -> tx(() -> fixture.leadQueries().unassigned(fixture.tenantA(),
                new PageRequest(10, "not-a-cursor"))))
                .isInstanceOfSatisfying(io.tenantcrm.core.shared.InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("after"));
        assertThatThrownBy(() -> PageRequest.first(0)).hasMessage("size: must be between 1 and 200, was 0");
    }

    private io.tenantcrm.core.tenant.ConfiguredTenants configured() {
        return new io.tenantcrm.core.tenant.ConfiguredTenants(fixture.pipelines(), fixture.settings());
    }

    private io.tenantcrm.core.tenant.TenantAdministration administration() {
        return new io.tenantcrm.core.tenant.TenantAdministration(fixture.settings(), fixture.pipelines(),
                fixture.dealQueries(), configured(), new io.tenantcrm.core.audit.Recorder(fixture.ports().unitOfWork(),
                fixture.ports().auditLog(), fixture.ports().events(), fixture.ports().currentUser(),
                fixture.ports().clock()));
    }

    @Test
    public void a_tenant_without_configuration_gets_the_defaults() {
        TenantId a = fixture.tenantA();
        assertThat(tx(() -> configured().pipeline(a))).isEqualTo(io.tenantcrm.core.pipeline.Pipeline.defaultB2bExport());
        assertThat(tx(() -> configured().leadIntake(a))).isEqualTo(io.tenantcrm.core.lead.LeadIntakePolicy.defaults());
        assertThat(tx(() -> configured().health(a))).isEqualTo(io.tenantcrm.core.health.HealthThresholds.defaults());
    }

    @Test
    public void settings_are_checked_stored_changed_and_applied() {
        administration().changeSetting("crm.health.green-within", "PT48H");
        administration().changeSetting("crm.health.green-within", "PT24H");
        administration().changeSetting("crm.lead.required-fields", "country, phone");
        administration().changeSetting("crm.scoring.target-countries", "DE,PL");
        TenantId a = fixture.tenantA();

        assertThat(tx(() -> fixture.settings().of(a))).containsEntry("crm.health.green-within", "PT24H");
        assertThat(tx(() -> configured().health(a)).greenWithin()).isEqualTo(Duration.ofHours(24));
        assertThat(tx(() -> configured().leadIntake(a)).tiers().required()).containsExactlyInAnyOrder(
                io.tenantcrm.core.lead.LeadField.COUNTRY, io.tenantcrm.core.lead.LeadField.PHONE);
        assertThat(tx(() -> configured().scoring(a)).rules()).hasSize(9);
        assertThat(tx(() -> configured().approvalPolicy(a))).isEqualTo(io.tenantcrm.core.approval.ApprovalPolicy
                .defaults());
        administration().changeSetting("crm.quotes.approval-levels", "manager by owners-manager: discount>20");
        administration().changeSetting("crm.quotes.approval-escalation", "PT8H");
        assertThat(tx(() -> configured().approvalPolicy(a))).isEqualTo(new io.tenantcrm.core.approval.ApprovalPolicy(
                List.of(new io.tenantcrm.core.approval.ApprovalLevel("manager",
                        new io.tenantcrm.core.approval.Approver.OwnersManager(), List.of(
                        new io.tenantcrm.core.approval.ApprovalRule.DiscountOver(java.math.BigDecimal.valueOf(20))))),
                Duration.ofHours(8)));
        assertThat(tx(() -> fixture.ports().auditLog().historyOf(a, new io.tenantcrm.core.audit.RecordRef(
                io.tenantcrm.core.audit.RecordType.TENANT, a.value())))).extracting(AuditEntry::newValue)
                .containsExactly("PT48H", "PT24H", "country, phone", "DE,PL", "manager by owners-manager: discount>20",
                        "PT8H");
        assertThatThrownBy(() -> administration().changeSetting("crm.health.red-after", "two weeks"))
                .isInstanceOfSatisfying(io.tenantcrm.core.shared.InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("crm.health.red-after"));
        assertThatThrownBy(() -> administration().changeSetting("crm.nonsense", "1"))
                .hasMessageStartingWith("key: 'crm.nonsense' is not a tenant setting");
        assertThatThrownBy(() -> administration().changeSetting("crm.lead.required-fields", "shoe size"))
                .hasMessageContaining("'shoe size' is not a lead field");
        assertThatThrownBy(() -> administration().changeSetting("crm.quotes.approval-levels", "boss: everything"))
                .isInstanceOfSatisfying(io.tenantcrm.core.shared.InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("crm.quotes.approval-levels"));

        fixture.actAs(fixture.tenantB(), MIKE);
        assertThat(tx(() -> fixture.settings().of(fixture.tenantB()))).isEmpty();
    }

    @Test
    public void a_pipeline_is_stored_whole_and_replaced_whole() {
        io.tenantcrm.core.pipeline.Pipeline defaults = io.tenantcrm.core.pipeline.Pipeline.defaultB2bExport();
        List<io.tenantcrm.core.pipeline.Stage> stages = new java.util.ArrayList<>(defaults.stages());
        stages.set(2, stages.get(2).withRotting(10, Duration.ofDays(5)).withEscalationAfter(Duration.ofHours(16)));
        io.tenantcrm.core.pipeline.Pipeline tuned = new io.tenantcrm.core.pipeline.Pipeline(defaults.id(),
                "Export, tuned", stages, false, true);

        administration().replacePipeline(tuned);
        assertThat(tx(() -> fixture.pipelines().find(fixture.tenantA(), defaults.id()))).contains(tuned);
        administration().replacePipeline(defaults);
        assertThat(tx(() -> configured().pipeline(fixture.tenantA()))).isEqualTo(defaults);

        fixture.actAs(fixture.tenantB(), MIKE);
        assertThat(tx(() -> fixture.pipelines().find(fixture.tenantB(), defaults.id()))).isEmpty();
    }

    @Test
    public void a_stage_that_open_deals_sit_in_cannot_be_removed() {
        convert(receive("li.wei@szpumps.cn")); // an open deal in "inquiry"
        io.tenantcrm.core.pipeline.Pipeline defaults = io.tenantcrm.core.pipeline.Pipeline.defaultB2bExport();
        io.tenantcrm.core.pipeline.Pipeline withoutInquiry = new io.tenantcrm.core.pipeline.Pipeline(defaults.id(),
                defaults.name(), defaults.stages().subList(1, defaults.stages().size()), true, true);

        assertThatThrownBy(() -> administration().replacePipeline(withoutInquiry))
                .hasMessage("stages: open deals are still in inquiry: move them before removing the stage");
        assertThat(tx(() -> fixture.pipelines().find(fixture.tenantA(), defaults.id()))).isEmpty();
    }

    @Test
    public void report_queries_read_a_period() {
        Instant before = now().minus(Duration.ofHours(2));
        Instant after = now().plus(Duration.ofHours(2));
        Deal deal = convert(receive("li.wei@szpumps.cn")).deal().deal();
        crm.timeline().log(ActivityType.CALL, Direction.OUTBOUND, List.of(deal.ref()), null, "call");
        crm.deals().lose(deal.id(), new LossReason(LossCategory.TRUST, "no track record", null));
        crm.accounts().edit(deal.account(), io.tenantcrm.core.account.AccountEdit.none()
                .tier(io.tenantcrm.core.account.AccountTier.A));
        TenantId a = fixture.tenantA();

        assertThat(tx(() -> fixture.ports().activities().between(a, before, after))).hasSize(1);
        assertThat(tx(() -> fixture.ports().activities().between(a, after, after.plusSeconds(60)))).isEmpty();
        assertThat(tx(() -> fixture.leadQueries().receivedBetween(a, before, after))).hasSize(1);
        assertThat(tx(() -> fixture.dealQueries().closedBetween(a, before, after))).extracting(Deal::id)
                .containsExactly(deal.id());
        assertThat(tx(() -> fixture.dealQueries().accountsOwnedByTier(a, io.tenantcrm.core.account.AccountTier.A)))
                .containsEntry(RITA, 1);
        fixture.actAs(fixture.tenantB(), MIKE);
        assertThat(tx(() -> fixture.ports().activities().between(fixture.tenantB(), before, after))).isEmpty();
    }

    // --- duplicate detection: the match-key index is written with the records and read by key

    private Lead receiveFrom(Crm using, String person, String company, String email, String phone) {
        return using.leadIntake().receive(inquiry(person, company, email, phone));
    }

    private NewLead inquiry(String person, String company, String email, String phone) {
        return new NewLead(SourceChannel.TRADE_SHOW, null, now().minusSeconds(60),
                new ContactDetails(person, company, email == null ? null : EmailAddress.of(email),
                        phone == null ? null : PhoneNumber.parse(phone, null), null),
                CountryCode.of("CN"), null, null, List.of());
    }

    /** The same ports, configured from the tenant's stored settings. */
    private Crm configuredCrm() {
        CrmPorts p = fixture.ports();
        return new Crm(new CrmPorts(p.leads(), p.accounts(), p.contacts(), p.deals(), p.stageHistory(),
                p.activities(), p.tasks(), p.auditLog(), p.events(), p.unitOfWork(), p.currentUser(), configured(),
                p.clock(), p.duplicates(), p.nameSimilarity()));
    }

    private void setting(String key, String value) {
        tx(() -> {
            fixture.settings().put(fixture.tenantA(), key, value);
            return null;
        });
    }

    @Test
    public void a_second_inquiry_from_the_same_mailbox_is_named_as_a_sure_duplicate_with_its_reasons() {
        Lead first = receive("li.wei@szpumps.cn");

        LeadIntake.Received second = crm.leadIntake().receiveChecked(
                inquiry("Wei Li", null, "Li.Wei@SZPumps.cn", "+49 30 1234567"));

        assertThat(second.possibleDuplicates()).first().satisfies(pair -> {
            assertThat(pair.second()).isEqualTo(first.ref().toString());
            assertThat(pair.sure()).isTrue();
            assertThat(pair.evidence()).extracting(io.tenantcrm.core.dedupe.Evidence::code)
                    .contains("same-mailbox", "same-person-name");
            assertThat(pair.reasons()).anyMatch(reason -> reason.startsWith("same mailbox li.wei@szpumps.cn: +"));
        });
    }

    @Test
    public void a_tenant_that_blocks_duplicates_on_intake_refuses_a_sure_one_and_writes_nothing() {
        setting("crm.duplicates.on-intake", "block");
        Crm blocking = configuredCrm();
        Lead first = receiveFrom(blocking, "Ana Costa", "Costa Textiles", "ana.costa+fair@gmail.com", null);

        assertThatThrownBy(() -> receiveFrom(blocking, "Ana Costa", null, "anacosta@googlemail.com", null))
                .isInstanceOfSatisfying(io.tenantcrm.core.dedupe.DuplicateFoundException.class, e -> {
                    assertThat(e.what()).isEqualTo("lead");
                    assertThat(e.matches()).extracting(io.tenantcrm.core.dedupe.DuplicatePair::second)
                            .containsExactly(first.ref().toString());
                });
        assertThat(tx(() -> fixture.leadQueries().unassigned(fixture.tenantA(), PAGE)).items())
                .extracting(Lead::id).containsExactly(first.id());
        // someone else at the same company is not a duplicate
        assertThat(receiveFrom(blocking, "Rui Costa", "Costa Textiles", "rui@costa-textiles.pt", null)).isNotNull();
    }

    @Test
    public void a_converted_lead_is_found_as_its_contact_and_account_no_more_as_a_lead() {
        LeadConversion.Converted converted = convert(receive("li.wei@szpumps.cn"));

        List<io.tenantcrm.core.dedupe.DuplicatePair> found = tx(() -> crm.duplicates().anyone(fixture.tenantA(),
                "new", io.tenantcrm.core.dedupe.MatchKeys.of("Li Wei", EmailAddress.of("li.wei@szpumps.cn"), null,
                        "Shenzhen Pumps Co., Ltd.", null)));

        assertThat(found).extracting(io.tenantcrm.core.dedupe.DuplicatePair::second).containsExactlyInAnyOrder(
                converted.contact().record().ref().toString(), converted.accountUsed().ref().toString());
    }

    @Test
    public void conversion_refuses_a_second_account_for_a_known_company_when_the_tenant_blocks() {
        setting("crm.duplicates.on-conversion", "block");
        Crm blocking = configuredCrm();
        LeadConversion.Converted first = convert(receive("li.wei@szpumps.cn"));
        crm.accounts().edit(first.accountUsed().id(), new io.tenantcrm.core.account.AccountEdit(null, null, null,
                null, null, null, null, null, "https://www.szpumps.cn"));
        Lead colleague = receiveFrom(blocking, "Zhang Min", "Shenzhen Pumps Co., Ltd.", "zhang.min@szpumps.cn",
                null);
        ConversionTerms terms = ConversionTerms.of("Valves", new NextStep("Call", now().plus(Duration.ofDays(1))));

        assertThatThrownBy(() -> blocking.leadConversion().convert(colleague.id(), null, terms))
                .isInstanceOfSatisfying(io.tenantcrm.core.dedupe.DuplicateFoundException.class, e -> {
                    assertThat(e.what()).isEqualTo("account");
                    assertThat(e.matches().get(0).second()).isEqualTo(first.accountUsed().ref().toString());
                    assertThat(e.matches().get(0).reasons())
                            .anyMatch(reason -> reason.startsWith("same company email domain szpumps.cn: +"));
                });
        assertThat(blocking.leadConversion().convert(colleague.id(), first.accountUsed().id(), terms)
                .accountUsed().id()).isEqualTo(first.accountUsed().id());
    }

    @Test
    public void the_index_counts_how_common_names_are_in_the_tenant_only() {
        for (int i = 0; i < 3; i++) {
            receiveFrom(crm, "Wang Wei", "Ningbo Hardware " + (char) ('A' + i), "wang.wei" + i + "@nbhw" + i + ".cn",
                    null);
        }
        receiveFrom(crm, "Xiahou Dun", "Ningbo Hardware Trading", "xd@nbtrading.cn", null);
        fixture.actAs(fixture.tenantB(), MIKE);
        receiveFrom(crm, "Wang Wei", "Ningbo Hardware", "wang.wei@elsewhere.cn", null);
        fixture.actAs(fixture.tenantA(), RITA);

        io.tenantcrm.core.dedupe.ValueFrequencies counted = tx(() -> fixture.ports().duplicates()
                .frequencies(fixture.tenantA()));

        assertThat(counted.records()).isEqualTo(4);
        assertThat(counted.personName("wang wei", 0.0005)).as("two other records share it")
                .isEqualTo((2 + 500 * 0.0005) / 504, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(counted.personName("xiahou dun", 0.0005)).isEqualTo(500 * 0.0005 / 504,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(counted.companyWordWeight("ningbo")).isLessThan(counted.companyWordWeight("trading"));
    }

    @Test
    public void another_tenants_people_are_never_candidates() {
        receive("li.wei@szpumps.cn");
        fixture.actAs(fixture.tenantB(), MIKE);

        LeadIntake.Received elsewhere = crm.leadIntake().receiveChecked(
                inquiry("Li Wei", "Shenzhen Pumps", "li.wei@szpumps.cn", "+86 138 0013 8000"));

        assertThat(elsewhere.possibleDuplicates()).isEmpty();
    }

    @Test
    public void a_whole_tenant_scan_groups_sure_duplicates_and_says_why() {
        Lead a = receiveFrom(crm, "Maria Rossi", "Rossi Srl", "maria@rossi.it", "+39 02 1234 5678");
        Lead b = receiveFrom(crm, "Rossi Maria", null, null, "+39 02 1234 5678");
        receiveFrom(crm, "Paolo Bianchi", "Bianchi SpA", "paolo@bianchi.it", null);

        io.tenantcrm.core.dedupe.DuplicateReport report = tx(() -> crm.duplicates()
                .scan(fixture.tenantA(), io.tenantcrm.core.audit.RecordType.LEAD));
        List<io.tenantcrm.core.dedupe.DuplicateCluster> clusters = report.clusters();
        assertThat(report.records()).isEqualTo(3);

        assertThat(clusters).singleElement().satisfies(cluster -> {
            assertThat(cluster.members()).containsExactlyInAnyOrder(a.ref().toString(), b.ref().toString());
            assertThat(cluster.pairs()).singleElement().satisfies(pair -> assertThat(pair.evidence())
                    .extracting(io.tenantcrm.core.dedupe.Evidence::code).contains("same-phone", "same-person-name"));
        });
    }

    @Test
    public void an_accounts_timeline_rolls_up_its_contacts_deals_and_the_lead_it_came_from_page_by_page() {
        Lead lead = receive("li.wei@szpumps.cn");
        crm.timeline().log(ActivityType.EMAIL, Direction.INBOUND, List.of(lead.ref()), now().minus(Duration.ofHours(5)),
                "the inquiry");
        LeadConversion.Converted converted = convert(lead);
        Account account = converted.accountUsed();
        Deal deal = converted.deal().deal();
        crm.timeline().log(ActivityType.CALL, Direction.OUTBOUND, List.of(converted.contact().record().ref()),
                now().minus(Duration.ofHours(4)), "call with Li Wei");
        crm.timeline().log(ActivityType.MEETING, Direction.OUTBOUND, List.of(deal.ref()),
                now().minus(Duration.ofHours(3)), "site visit");
        crm.timeline().log(ActivityType.NOTE, Direction.INTERNAL, List.of(account.ref()),
                now().minus(Duration.ofHours(2)), "credit check fine");
        crm.timeline().log(ActivityType.QUOTE_SENT, Direction.OUTBOUND,
                List.of(deal.ref(), converted.contact().record().ref()), now().minus(Duration.ofMinutes(90)),
                "quote to Li Wei");
        LeadConversion.Converted elsewhere = convert(receive("ana@costa.pt"));
        crm.timeline().log(ActivityType.CALL, Direction.OUTBOUND, List.of(elsewhere.deal().deal().ref()),
                now().minus(Duration.ofHours(1)), "another customer");

        List<String> summaries = new java.util.ArrayList<>();
        String after = null;
        do {
            Page<Activity> page = crm.timeline().ofAccount(account.id(), new PageRequest(2, after));
            assertThat(page.items().size()).isLessThanOrEqualTo(2);
            page.items().forEach(activity -> summaries.add(activity.summary()));
            after = page.next();
        } while (after != null);

        assertThat(summaries).containsExactly("quote to Li Wei", "credit check fine", "site visit",
                "call with Li Wei", "the inquiry");
        fixture.actAs(fixture.tenantB(), MIKE);
        assertThat(crm.timeline().ofAccount(account.id(), PAGE).items()).isEmpty();
    }

    @Test
    public void a_batch_of_records_finds_everyone_sharing_an_exact_key_in_one_look_up() {
        Lead li = receive("li.wei@szpumps.cn");
        Lead ana = receiveFrom(crm, "Ana Costa", "Costa Textiles", "ana@costa.pt", null);
        receiveFrom(crm, "Jan Nowak", "Nowak Pompy", "jan@nowak.pl", null);
        TenantId a = fixture.tenantA();

        List<io.tenantcrm.core.dedupe.Candidate> found = tx(() -> fixture.ports().duplicates().candidatesByExactKeys(a,
                List.of(io.tenantcrm.core.dedupe.MatchKeys.of("Someone Else", EmailAddress.of("LI.WEI@szpumps.cn"),
                                null, null, null),
                        io.tenantcrm.core.dedupe.MatchKeys.of("Costa, Ana", null, null, null, null)),
                java.util.Set.of(io.tenantcrm.core.audit.RecordType.LEAD)));

        assertThat(found).extracting(io.tenantcrm.core.dedupe.Candidate::id)
                .contains(li.ref().toString(), ana.ref().toString())
                .allMatch(id -> id.startsWith("lead/"));
        fixture.actAs(fixture.tenantB(), MIKE);
        assertThat(tx(() -> fixture.ports().duplicates().candidatesByExactKeys(fixture.tenantB(),
                List.of(li.matchKeys()), java.util.Set.of(io.tenantcrm.core.audit.RecordType.LEAD)))).isEmpty();
    }

    @Test
    public void a_tenant_that_asks_more_before_calling_a_pair_sure_takes_what_others_would_refuse() {
        setting("crm.duplicates.on-intake", "block");
        Crm blocking = configuredCrm();
        receiveFrom(blocking, "Maria Rossi", "Rossi Tessuti Srl", "maria@rossitessuti.it", null);
        NewLead sameNameAndCompany = inquiry("Rossi Maria", "Rossi Tessuti", null, "+39 02 1234 5678");
        assertThatThrownBy(() -> blocking.leadIntake().receive(sameNameAndCompany))
                .as("her name and her company's (no identifier against) are sure at the default 0.85")
                .isInstanceOf(io.tenantcrm.core.dedupe.DuplicateFoundException.class);

        setting("crm.duplicates.sure-at", "0.9999");
        LeadIntake.Received taken = configuredCrm().leadIntake().receiveChecked(sameNameAndCompany);

        assertThat(taken.possibleDuplicates()).singleElement().satisfies(pair -> {
            assertThat(pair.sure()).isFalse();
            assertThat(pair.score()).isBetween(0.85, 0.9999);
        });
    }

    // --- the quote-to-cash chain (issue 19)

    private io.tenantcrm.core.shared.Acting acting() {
        return new io.tenantcrm.core.shared.Acting(fixture.tenantA(), RITA, now());
    }

    private io.tenantcrm.core.product.Product valve() {
        return io.tenantcrm.core.product.Product.create(new io.tenantcrm.core.product.Product.Draft("VLV-DN50",
                "Ball valve DN50 不锈钢", "pcs", List.of(
                        new io.tenantcrm.core.product.ProductPrice(Money.of("40.00", "USD"), Money.of("34.00", "USD"),
                                Money.of("30.25", "USD")),
                        new io.tenantcrm.core.product.ProductPrice(Money.of("37", "EUR"), null, null)), true),
                acting()).record();
    }

    /** A quote on a real deal, its first version submitted and waiting for Mike, the manager. */
    private io.tenantcrm.core.quote.Quote quoteWaitingForMike() {
        Deal deal = convert(receive("li.wei@szpumps.cn")).deal().deal();
        io.tenantcrm.core.product.Product valve = valve();
        var line = io.tenantcrm.core.quote.QuoteLine.of(valve, java.util.Currency.getInstance("USD"),
                new java.math.BigDecimal("500.5"), null, new java.math.BigDecimal("12.5"), null);
        var free = io.tenantcrm.core.quote.QuoteLine.freeText("Sea freight 海运", java.math.BigDecimal.ONE, "lot",
                Money.of("900", "USD"), null);
        var terms = new io.tenantcrm.core.quote.QuoteTerms(Incoterm.FOB, "Ningbo",
                PaymentTerms.TT_DEPOSIT_BALANCE_BEFORE_SHIPMENT, LocalDate.parse("2099-12-31"), "30 days");
        var started = io.tenantcrm.core.quote.Quote.start("Q-2026-00001", deal.id(), RITA,
                java.util.Currency.getInstance("USD"), List.of(line, free), terms, LocalDate.parse("2026-01-01"),
                acting()).record();
        var step = new io.tenantcrm.core.approval.ApprovalStep(0, "manager", List.of(
                new io.tenantcrm.core.approval.ApprovalRule.Trigger("discount-over", "a line discounted 12.5%")),
                new io.tenantcrm.core.approval.Approver.OwnersManager(), java.util.Set.of(MIKE), now(), 0, null);
        var director = new io.tenantcrm.core.approval.ApprovalStep(1, "director", List.of(),
                new io.tenantcrm.core.approval.Approver.WithRole(io.tenantcrm.core.tenant.CrmRole.TENANT_ADMIN),
                java.util.Set.of(), null, 0, null);
        return started.submit(new io.tenantcrm.core.approval.Approval(List.of(step, director)), acting()).record();
    }

    @Test
    public void a_product_round_trips_with_its_prices_and_is_found_by_its_sku_whatever_the_case() {
        var products = fixture.chain().products();
        var valve = valve();
        tx(() -> products.add(valve));

        assertThat(tx(() -> products.find(fixture.tenantA(), valve.id()))).contains(valve.withVersion(1));
        assertThat(tx(() -> products.bySku(fixture.tenantA(), io.tenantcrm.core.product.Sku.of("vlv-dn50"))))
                .map(io.tenantcrm.core.product.Product::id).contains(valve.id());
        var retired = tx(() -> products.update(valve.withVersion(1).edit(new io.tenantcrm.core.product.Product.Draft(
                "VLV-DN50", valve.name(), "pcs", List.copyOf(valve.prices().values()), false), acting()).record()));
        assertThat(retired.version()).isEqualTo(2);
        assertThat(tx(() -> products.all(fixture.tenantA(), false))).isEmpty();
        assertThat(tx(() -> products.all(fixture.tenantA(), true))).containsExactly(retired);
        assertThatThrownBy(() -> tx(() -> products.update(valve.withVersion(1))))
                .isInstanceOf(StaleRecordException.class);

        fixture.actAs(fixture.tenantB(), MIKE);
        assertThat(tx(() -> products.find(fixture.tenantB(), valve.id()))).isEmpty();
        assertThat(tx(() -> products.bySku(fixture.tenantB(), valve.sku()))).isEmpty();
    }

    @Test
    public void a_quote_round_trips_with_its_versions_lines_terms_and_approval_and_sits_in_its_approvers_queue() {
        var quotes = fixture.chain().quotes();
        var quote = quoteWaitingForMike();
        tx(() -> quotes.add(quote));

        var stored = tx(() -> quotes.find(fixture.tenantA(), quote.id())).orElseThrow();
        assertThat(stored).isEqualTo(quote.withVersion(1));
        assertThat(stored.latest().totals(stored.currency()).net()).isEqualTo(Money.of("18417.50", "USD"));
        assertThat(tx(() -> quotes.ofDeal(fixture.tenantA(), quote.deal()))).containsExactly(stored);
        assertThat(tx(() -> quotes.awaitingDecisionBy(fixture.tenantA(), MIKE))).containsExactly(stored);
        assertThat(tx(() -> quotes.awaitingDecisionBy(fixture.tenantA(), RITA))).isEmpty();
        assertThat(tx(() -> quotes.startedBetween(fixture.tenantA(), quote.createdAt(),
                quote.createdAt().plusMillis(1)))).containsExactly(stored);
        assertThat(tx(() -> quotes.startedBetween(fixture.tenantA(), quote.createdAt().minusSeconds(60),
                quote.createdAt()))).as("the end is not in the period").isEmpty();

        var next = new io.tenantcrm.core.quote.Quote.ApprovalAssignment(
                new io.tenantcrm.core.approval.Approver.Person(UserId.of("dora")), java.util.Set.of(UserId.of("dora")));
        var approved = stored.decide(MIKE, true, "ok", next, new io.tenantcrm.core.shared.Acting(fixture.tenantA(),
                MIKE, now())).record();
        var saved = tx(() -> quotes.update(approved));
        assertThat(saved.version()).isEqualTo(2);
        assertThat(tx(() -> quotes.find(fixture.tenantA(), quote.id()))).contains(saved);
        assertThat(tx(() -> quotes.awaitingDecisionBy(fixture.tenantA(), MIKE))).isEmpty();
        assertThat(tx(() -> quotes.awaitingDecisionBy(fixture.tenantA(), UserId.of("dora")))).containsExactly(saved);
        assertThatThrownBy(() -> tx(() -> quotes.update(approved))).isInstanceOf(StaleRecordException.class);

        fixture.actAs(fixture.tenantB(), MIKE);
        assertThat(tx(() -> quotes.find(fixture.tenantB(), quote.id()))).isEmpty();
        assertThat(tx(() -> quotes.awaitingDecisionBy(fixture.tenantB(), UserId.of("dora")))).isEmpty();
        assertThat(tx(() -> quotes.startedBetween(fixture.tenantB(), quote.createdAt().minusSeconds(60),
                quote.createdAt().plusSeconds(60)))).isEmpty();
    }

    @Test
    public void an_order_round_trips_with_its_payments_and_is_listed_while_money_is_owed_by_account_and_by_date() {
        var chain = fixture.chain();
        var quote = quoteWaitingForMike();
        var mike = new io.tenantcrm.core.shared.Acting(fixture.tenantA(), MIKE, now());
        var decided = quote.decide(MIKE, true, null, new io.tenantcrm.core.quote.Quote.ApprovalAssignment(
                new io.tenantcrm.core.approval.Approver.Person(MIKE), java.util.Set.of(UserId.of("dora"))), mike)
                .record().decide(UserId.of("dora"), true, null, null, new io.tenantcrm.core.shared.Acting(
                        fixture.tenantA(), UserId.of("dora"), now())).record();
        var accepted = decided.send(LocalDate.parse("2026-01-01"), acting()).record()
                .accept(1, LocalDate.parse("2026-01-01"), acting()).record();
        tx(() -> chain.quotes().add(accepted));
        var order = io.tenantcrm.core.order.SalesOrder.place("SO-2026-00001", accepted,
                tx(() -> fixture.ports().deals().find(fixture.tenantA(), accepted.deal())).orElseThrow().account(),
                List.of(new io.tenantcrm.core.payment.PaymentPlan.Share("30% deposit", java.math.BigDecimal.valueOf(30),
                                LocalDate.parse("2026-01-10")),
                        new io.tenantcrm.core.payment.PaymentPlan.Share("balance", java.math.BigDecimal.valueOf(70),
                                LocalDate.parse("2026-02-10"))), acting()).record();
        tx(() -> chain.orders().add(order));

        assertThat(tx(() -> chain.orders().find(fixture.tenantA(), order.id()))).contains(order.withVersion(1));
        assertThat(tx(() -> chain.orders().ofQuote(fixture.tenantA(), accepted.id()))).contains(order.withVersion(1));
        assertThat(tx(() -> chain.orders().withMoneyOwed(fixture.tenantA()))).containsExactly(order.withVersion(1));

        var paid = order.withVersion(1).receive(new io.tenantcrm.core.payment.Receipt(java.util.UUID.randomUUID(),
                order.amount(), LocalDate.parse("2026-01-09"), io.tenantcrm.core.payment.PaymentMethod.LETTER_OF_CREDIT,
                "LC 4471", RITA, now()), LocalDate.parse("2026-01-09"), acting()).record();
        var stored = tx(() -> chain.orders().update(paid));
        assertThat(stored.version()).isEqualTo(2);
        assertThat(tx(() -> chain.orders().find(fixture.tenantA(), order.id()))).contains(stored);
        assertThat(stored.payments().isPaid()).isTrue();
        assertThat(tx(() -> chain.orders().withMoneyOwed(fixture.tenantA()))).isEmpty();
        assertThat(tx(() -> chain.orders().ofAccount(fixture.tenantA(), order.account()))).containsExactly(stored);
        assertThat(tx(() -> chain.orders().ofAccount(fixture.tenantA(),
                new io.tenantcrm.core.account.AccountId(java.util.UUID.randomUUID())))).isEmpty();
        assertThat(tx(() -> chain.orders().ofDeal(fixture.tenantA(), order.deal()))).containsExactly(stored);
        assertThat(tx(() -> chain.orders().ofDeal(fixture.tenantA(),
                new io.tenantcrm.core.deal.DealId(java.util.UUID.randomUUID())))).isEmpty();
        assertThat(tx(() -> chain.orders().placedSince(fixture.tenantA(), order.createdAt()))).containsExactly(stored);
        assertThat(tx(() -> chain.orders().placedSince(fixture.tenantA(), order.createdAt().plusMillis(1))))
                .isEmpty();

        fixture.actAs(fixture.tenantB(), MIKE);
        assertThat(tx(() -> chain.orders().find(fixture.tenantB(), order.id()))).isEmpty();
        assertThat(tx(() -> chain.orders().ofAccount(fixture.tenantB(), order.account()))).isEmpty();
        assertThat(tx(() -> chain.orders().ofDeal(fixture.tenantB(), order.deal()))).isEmpty();
        assertThat(tx(() -> chain.orders().placedSince(fixture.tenantB(), order.createdAt()))).isEmpty();
    }

    @Test
    public void document_numbers_count_from_one_per_tenant_kind_and_year_and_a_rollback_gives_its_number_back() {
        var numbers = fixture.chain().numbers();
        var quote = io.tenantcrm.core.shared.DocumentNumbers.Kind.QUOTE;
        assertThat(tx(() -> numbers.next(fixture.tenantA(), quote, 2026))).isEqualTo(1);
        assertThat(tx(() -> numbers.next(fixture.tenantA(), quote, 2026))).isEqualTo(2);
        assertThatThrownBy(() -> tx(() -> {
            numbers.next(fixture.tenantA(), quote, 2026);
            throw new IllegalStateException("the quote was refused");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(tx(() -> numbers.next(fixture.tenantA(), quote, 2026))).as("no gap").isEqualTo(3);
        assertThat(tx(() -> numbers.next(fixture.tenantA(), io.tenantcrm.core.shared.DocumentNumbers.Kind.ORDER,
                2026))).isEqualTo(1);
        assertThat(tx(() -> numbers.next(fixture.tenantA(), quote, 2027))).isEqualTo(1);
        fixture.actAs(fixture.tenantB(), MIKE);
        assertThat(tx(() -> numbers.next(fixture.tenantB(), quote, 2026))).isEqualTo(1);
    }
}
