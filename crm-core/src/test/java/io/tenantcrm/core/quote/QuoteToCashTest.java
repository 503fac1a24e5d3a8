package io.tenantcrm.core.quote;

import io.tenantcrm.core.Crm;
import io.tenantcrm.core.access.SalesTeam;
import io.tenantcrm.core.account.Account;
import io.tenantcrm.core.activity.Activity;
import io.tenantcrm.core.activity.ActivityId;
import io.tenantcrm.core.activity.ActivityType;
import io.tenantcrm.core.activity.Direction;
import io.tenantcrm.core.activity.Task;
import io.tenantcrm.core.approval.ApproverDirectory;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.deal.Deal;
import io.tenantcrm.core.deal.DealStatus;
import io.tenantcrm.core.deal.NewDeal;
import io.tenantcrm.core.deal.NextStep;
import io.tenantcrm.core.health.CollectionCase;
import io.tenantcrm.core.health.ProcessHealth;
import io.tenantcrm.core.health.ProcessHealthIndex;
import io.tenantcrm.core.health.ProcessSignal;
import io.tenantcrm.core.health.ProcessTargets;
import io.tenantcrm.core.order.CollectionCases;
import io.tenantcrm.core.order.OrderStatus;
import io.tenantcrm.core.order.Ordering;
import io.tenantcrm.core.order.PaymentRisk;
import io.tenantcrm.core.order.SalesOrder;
import io.tenantcrm.core.payment.PaymentEvents.PaymentOverdue;
import io.tenantcrm.core.payment.PaymentMethod;
import io.tenantcrm.core.payment.PaymentPlan;
import io.tenantcrm.core.pipeline.Pipeline;
import io.tenantcrm.core.product.Product;
import io.tenantcrm.core.product.ProductCatalogue;
import io.tenantcrm.core.product.ProductPrice;
import io.tenantcrm.core.quote.QuoteEvents.QuoteApproved;
import io.tenantcrm.core.quote.Quoting.LineDraft;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.Incoterm;
import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.shared.PaymentTerms;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.shared.Violation;
import io.tenantcrm.core.sla.SlaTimer;
import io.tenantcrm.core.tenant.CrmRole;
import io.tenantcrm.core.tenant.TenantConfiguration;
import io.tenantcrm.core.testkit.InMemoryCrm;
import io.tenantcrm.core.testkit.SteppingClock;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The chain from a catalogue product to a quote, its approval, the order and its money, in memory. */
class QuoteToCashTest {

    static final TenantId ACME = TenantId.of("acme");
    static final UserId RITA = UserId.of("rita"); // the rep
    static final UserId MAX = UserId.of("max"); // her manager
    static final UserId ADA = UserId.of("ada"); // the tenant admin
    /** A Monday, 10:00 UTC: the default business hours are Monday to Friday 09:00-17:00 UTC. */
    static final Instant MONDAY = Instant.parse("2026-12-07T10:00:00Z");
    static final LocalDate VALID = LocalDate.parse("2026-12-31");

    InMemoryCrm store;
    SteppingClock clock;
    Crm crm;
    ProductCatalogue catalogue;
    Quoting quoting;
    Ordering ordering;
    Product valve;
    Deal deal;

    @BeforeEach
    void wire() {
        store = new InMemoryCrm().actAs(ACME, ADA);
        clock = new SteppingClock(MONDAY);
        TenantConfiguration configuration = TenantConfiguration.defaults();
        store.salesTeams().save(ACME, new SalesTeam(MAX, Set.of(RITA)));
        ApproverDirectory approvers = ApproverDirectory.of(store.salesTeams(),
                (tenant, role) -> role == CrmRole.TENANT_ADMIN ? Set.of(ADA) : Set.of());
        // the whole chain from the facade, as an embedder gets it
        crm = new Crm(store.ports(configuration, clock).withSelling(store.selling(approvers)));
        catalogue = crm.products();
        quoting = crm.quoting();
        ordering = crm.ordering();

        valve = catalogue.add(new Product.Draft("VLV-DN50", "Ball valve DN50, 316 stainless", "pcs", List.of(
                new ProductPrice(Money.of("40.00", "USD"), Money.of("34.00", "USD"), Money.of("30.00", "USD")),
                new ProductPrice(Money.of("37.00", "EUR"), null, Money.of("27.50", "EUR"))), true));
        store.actAs(ACME, RITA);
        Account buyer = crm.accounts().open("Hamburg Pumps GmbH", CountryCode.of("DE"));
        deal = crm.deals().open(NewDeal.of("Valves 2027", buyer.id(), RITA,
                new NextStep("Send the quote", MONDAY.plus(Duration.ofDays(1))))).deal();
    }

    @Test
    void a_line_knows_its_net_amount_margin_and_whether_it_is_under_the_floor() {
        QuoteLine line = QuoteLine.of(valve, Money.of("1", "USD").currency(), new BigDecimal("500"), null,
                new BigDecimal("12.5"), null);
        assertThat(line.listAmount()).isEqualTo(Money.of("20000.00", "USD"));
        assertThat(line.netAmount()).isEqualTo(Money.of("17500.00", "USD"));
        assertThat(line.netUnitPrice()).isEqualTo(Money.of("35.00", "USD"));
        assertThat(line.margin()).contains(Money.of("2500.00", "USD"));
        assertThat(line.marginPercent()).contains(new BigDecimal("14.3"));
        assertThat(line.underFloor()).isFalse();
        assertThat(line.with(new BigDecimal("500"), Money.of("40.00", "USD"), new BigDecimal("20")).underFloor())
                .as("32.00 is under the floor of 34.00").isTrue();

        QuoteTotals totals = QuoteTotals.of(List.of(line, QuoteLine.freeText("Sea freight to Hamburg",
                BigDecimal.ONE, "lot", Money.of("900", "USD"), null)), line.currency());
        assertThat(totals.net()).isEqualTo(Money.of("18400.00", "USD"));
        assertThat(totals.discount()).isEqualTo(Money.of("2500.00", "USD"));
        assertThat(totals.marginPercent()).as("freight has no cost: the margin is unknown").isNull();
        assertThat(totals.linesWithoutCost()).containsExactly(2);
    }

    @Test
    void bad_lines_are_refused_naming_each_field_and_nothing_is_written() {
        assertRefused(() -> quoting.start(deal.id(), "USD", List.of(
                new LineDraft(valve.id(), null, new BigDecimal("-5"), null, null, null),
                new LineDraft(null, "", BigDecimal.ONE, null, new BigDecimal("10"), new BigDecimal("100"))),
                terms()), "lines[0].quantity", "lines[1].description", "lines[1].discountPercent");
        assertRefused(() -> quoting.start(deal.id(), "CNY", List.of(line(1, null)), terms()), "lines[0].product");
        assertThat(quoting.ofDeal(deal.id())).isEmpty();
        assertThat(store.documentNumbers().next(ACME, io.tenantcrm.core.shared.DocumentNumbers.Kind.QUOTE, 2026))
                .as("the numbers taken by refused quotes were put back: no gap").isEqualTo(1);
    }

    @Test
    void a_quote_within_policy_is_sent_at_once_freezes_and_starts_the_follow_up_reminders() {
        Quote quote = quoting.start(deal.id(), "USD", List.of(line(200, null)), terms());
        assertThat(quote.number()).isEqualTo("Q-2026-00001");
        assertThat(quote.owner()).isEqualTo(RITA);

        Quote sent = quoting.send(quote.id(), quote.version());

        assertThat(sent.latest().status()).isEqualTo(VersionStatus.SENT);
        assertThat(store.publishedEvents()).filteredOn(QuoteApproved.class::isInstance).hasSize(1);
        assertThat(store.activities().timelineOf(ACME, deal.ref(), io.tenantcrm.core.shared.PageRequest.first(10)).items())
                .anySatisfy(a -> {
                    assertThat(a.type()).isEqualTo(ActivityType.QUOTE_SENT);
                    assertThat(a.summary()).contains("Q-2026-00001 v1 sent: 8000.00 USD");
                    assertThat(a.wording().code()).isEqualTo("quote-sent");
                    assertThat(a.wording().values()).containsEntry("number", "Q-2026-00001")
                            .containsEntry("version", "1").containsEntry("net", "8000.00")
                            .containsEntry("netCurrency", "USD");
                    assertThat(a.documents()).as("the customer's PDF goes with it").containsExactly(
                            new io.tenantcrm.core.activity.AttachedDocument("Q-2026-00001-v1.pdf", "application/pdf",
                                    quote.ref(), 1));
                });
        assertThat(store.slaTimers().of(ACME, deal.ref())).filteredOn(t -> t.clock() == SlaTimer.Clock.QUOTE_FOLLOW_UP)
                .as("day 3 and day 7").hasSize(2);

        Quote revised = quoting.revise(sent.id(), sent.version(), List.of(line(250, "2")), terms());
        assertThat(revised.versions()).extracting(QuoteVersion::status)
                .containsExactly(VersionStatus.SENT, VersionStatus.DRAFT);
        assertThat(revised.version(1).orElseThrow().lines()).as("the sent version never changes")
                .isEqualTo(sent.latest().lines());
        assertThat(revised.diff(1, 2).differences()).extracting(Object::toString).containsExactly(
                "line VLV-DN50 quantity: 200 → 250",
                "line VLV-DN50 discountPercent: 0 → 2",
                "total net: 8000.00 USD → 9800.00 USD");
    }

    @Test
    void a_deep_discount_waits_for_the_managers_approval_and_nobody_approves_their_own_quote() {
        Quote quote = quoting.start(deal.id(), "USD", List.of(line(500, "15")), terms());
        assertRefused(() -> quoting.send(quote.id(), quote.version()), "version");

        Quote asked = quoting.submit(quote.id(), quote.version());
        assertThat(asked.latest().status()).isEqualTo(VersionStatus.IN_APPROVAL);
        var step = asked.latest().approval().waiting().orElseThrow();
        assertThat(step.name()).isEqualTo("manager");
        assertThat(step.approvers()).containsExactly(MAX);
        assertThat(step.reasons()).extracting(r -> r.code()).containsExactly("discount-over", "margin-under");
        assertThat(step.reasons().get(0).reason()).isEqualTo("a line discounted 15%, over 10%");
        assertRefusedWith(() -> quoting.send(asked.id(), asked.version()), "awaiting-approval");
        assertRefusedWith(() -> quoting.decide(asked.id(), asked.version(), true, null), "own-quote");

        store.actAs(ACME, MAX);
        assertThat(quoting.queue()).extracting(Quote::id).containsExactly(quote.id());
        assertRefused(() -> quoting.decide(asked.id(), asked.version(), false, " "), "reason");
        Quote approved = quoting.decide(asked.id(), asked.version(), true, "a first order: worth it");

        assertThat(approved.latest().status()).isEqualTo(VersionStatus.APPROVED);
        assertThat(quoting.queue()).isEmpty();
        assertThat(store.slaTimers().of(ACME, quote.ref())).allMatch(t -> !t.isPending());
        store.actAs(ACME, RITA);
        assertThat(quoting.send(approved.id(), approved.version()).latest().status()).isEqualTo(VersionStatus.SENT);
    }

    @Test
    void a_decision_left_for_24_business_hours_goes_one_level_up_and_a_rejection_says_why() {
        Quote quote = quoting.start(deal.id(), "USD", List.of(line(500, "15")), terms());
        Quote asked = quoting.submit(quote.id(), quote.version());
        SlaTimer timer = store.slaTimers().of(ACME, quote.ref()).get(0);
        assertThat(timer.dueAt()).as("Monday 10:00 + 24 business hours of 8 a day").isEqualTo(
                Instant.parse("2026-12-10T10:00:00Z"));

        clock.advance(Duration.ofHours(71));
        assertThat(store.slaTimers().dueBy(clock.instant())).isEmpty();
        clock.advance(Duration.ofHours(1));
        assertThat(store.slaTimers().dueBy(clock.instant())).containsExactly(timer);
        Quote escalated = quoting.escalate(timer.id()).orElseThrow();
        assertThat(quoting.escalate(timer.id())).as("fired once").isEmpty();

        var step = escalated.latest().approval().waiting().orElseThrow();
        assertThat(step.name()).as("still the manager's step").isEqualTo("manager");
        assertThat(step.approvers()).as("now the level above decides it").containsExactly(ADA);
        assertThat(step.escalations()).isEqualTo(1);
        store.actAs(ACME, MAX);
        assertRefusedWith(() -> quoting.decide(asked.id(), escalated.version(), true, null), "not-approver");

        store.actAs(ACME, ADA);
        Quote rejected = quoting.decide(asked.id(), escalated.version(), false, "floor price: ask for 1 000 pcs");
        assertThat(rejected.latest().status()).isEqualTo(VersionStatus.REJECTED);
        assertThat(store.publishedEvents()).filteredOn(QuoteEvents.QuoteRejected.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((QuoteEvents.QuoteRejected) e).reason()).contains("1 000 pcs"));
        store.actAs(ACME, RITA);
        assertRefusedWith(() -> quoting.send(rejected.id(), rejected.version()), "not-approved");
        Quote next = quoting.revise(rejected.id(), rejected.version(), List.of(line(1000, "8")), terms());
        assertThat(next.latest().number()).isEqualTo(2);
        assertThat(quoting.send(next.id(), next.version()).latest().status()).isEqualTo(VersionStatus.SENT);
    }

    @Test
    void an_order_comes_only_from_a_version_sent_gets_the_next_number_and_wins_the_deal_at_its_amount() {
        Quote draft = quoting.start(deal.id(), "USD", List.of(line(300, null)), terms());
        assertRefusedWith(() -> ordering.place(draft.id(), draft.version(), 1, deposit()), "not-sent");
        Quote sent = quoting.send(draft.id(), draft.version());

        SalesOrder order = ordering.place(sent.id(), sent.version(), 1, deposit());

        assertThat(order.number()).isEqualTo("SO-2026-00001");
        assertThat(order.amount()).isEqualTo(Money.of("12000.00", "USD"));
        assertThat(order.lines()).isEqualTo(sent.latest().lines());
        assertThat(order.payments().instalments()).extracting(i -> i.label() + " " + i.amount())
                .containsExactly("30% deposit 3600.00 USD", "70% balance before shipment 8400.00 USD");
        Deal won = store.deals().find(ACME, deal.id()).orElseThrow();
        assertThat(won.status()).isEqualTo(DealStatus.WON);
        assertThat(won.amount()).isEqualTo(order.amount());
        assertThat(quoting.find(sent.id()).accepted()).map(QuoteVersion::number).contains(1);
        Quote again = quoting.find(sent.id());
        assertRefusedWith(() -> ordering.place(again.id(), again.version(), 1, deposit()), "ordered");
        assertRefusedWith(() -> quoting.revise(again.id(), again.version(), List.of(line(1, null)), terms()),
                "frozen");

        SalesOrder moved = ordering.advance(order.id(), order.version(), OrderStatus.IN_PRODUCTION);
        assertRefusedWith(() -> ordering.advance(moved.id(), moved.version(), OrderStatus.CONFIRMED), "not-allowed");
        assertRefused(() -> ordering.cancel(moved.id(), moved.version(), ""), "reason");
        assertThat(ordering.cancel(moved.id(), moved.version(), "buyer went bankrupt").status())
                .isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void money_is_applied_deposit_first_never_beyond_the_balance_and_a_late_instalment_goes_to_collections_once() {
        Quote sent = quoting.send(quoting.start(deal.id(), "USD", List.of(line(300, null)), terms()).id(), 1);
        SalesOrder order = ordering.place(sent.id(), sent.version(), 1, deposit());

        SalesOrder part = ordering.receive(order.id(), order.version(), new Ordering.ReceiptDraft(
                new BigDecimal("3000"), "USD", LocalDate.parse("2026-12-07"), PaymentMethod.BANK_TRANSFER, "TT 8812"));
        assertThat(part.payments().outstanding()).isEqualTo(Money.of("9000.00", "USD"));
        assertThat(part.payments().instalments().get(0).outstanding()).isEqualTo(Money.of("600.00", "USD"));
        assertThat(store.activities().timelineOf(ACME, deal.ref(), io.tenantcrm.core.shared.PageRequest.first(10))
                .items()).as("the order is on the deal's timeline").filteredOn(a -> a.type()
                        == io.tenantcrm.core.activity.ActivityType.ORDER_PLACED).singleElement()
                .satisfies(a -> {
                    assertThat(a.summary()).isEqualTo("Order " + order.number() + " placed from quote "
                            + sent.number() + " v1: 12000.00 USD; 30% deposit 3600.00 USD due "
                            + order.payments().instalments().get(0).due());
                    assertThat(a.wording().code()).isEqualTo("order-placed");
                    assertThat(a.wording().values()).containsEntry("number", order.number())
                            .containsEntry("amount", "12000.00").containsEntry("amountCurrency", "USD")
                            .containsEntry("first", "30% deposit").containsEntry("firstAmount", "3600.00");
                });
        assertThat(store.activities().timelineOf(ACME, deal.ref(), io.tenantcrm.core.shared.PageRequest.first(10))
                .items()).as("the deal's timeline says so").filteredOn(a -> a.type()
                        == io.tenantcrm.core.activity.ActivityType.PAYMENT_RECEIVED).singleElement()
                .satisfies(a -> {
                    assertThat(a.summary()).isEqualTo("Payment for " + order.number()
                            + ": 3000.00 USD received 2026-12-07 (bank transfer, TT 8812); open 9000.00 USD");
                    assertThat(a.wording()).isEqualTo(new io.tenantcrm.core.shared.Wording("payment-received",
                            java.util.Map.of("number", order.number(), "amount", "3000.00", "amountCurrency", "USD",
                                    "receivedOn", "2026-12-07", "method", "bank-transfer", "reference", "TT 8812",
                                    "open", "9000.00", "openCurrency", "USD")));
                });
        assertRefusedWith(() -> ordering.receive(part.id(), part.version(), new Ordering.ReceiptDraft(
                new BigDecimal("9000.01"), "USD", LocalDate.parse("2026-12-07"), null, null)), "over-balance");
        assertRefusedWith(() -> ordering.receive(part.id(), part.version(), new Ordering.ReceiptDraft(
                new BigDecimal("100"), "EUR", LocalDate.parse("2026-12-07"), null, null)), "mixed-currencies");

        clock.advance(Duration.ofDays(7));
        assertThat(ordering.chaseOverdue()).as("7 days late is still within the grace").isEmpty();
        assertThat(overdueTimersDue()).isEmpty();
        clock.advance(Duration.ofDays(1));
        List<SlaTimer> due = overdueTimersDue();
        assertThat(due).as("the deposit's timer, the day after its grace days").singleElement()
                .satisfies(t -> assertThat(t.dueAt()).isEqualTo(Instant.parse("2026-12-15T00:00:00Z")));
        List<PaymentOverdue> late = ordering.chase(due.get(0).id());
        assertThat(ordering.chase(due.get(0).id())).as("fired once").isEmpty();
        assertThat(late).singleElement().satisfies(event -> {
            assertThat(event.instalment()).isEqualTo("30% deposit");
            assertThat(event.outstanding()).isEqualTo(Money.of("600.00", "USD"));
            assertThat(event.daysLate()).isEqualTo(8);
        });
        assertThat(ordering.chaseOverdue()).as("handed over once").isEmpty();
        assertThat(store.publishedEvents().stream().flatMap(e -> io.tenantcrm.core.webhook.Notification.of(e,
                java.util.UUID.randomUUID()).stream()).filter(n -> n.event().wireName().matches("(quote|order|payment)\\..*"))
                .map(n -> n.event().wireName() + " " + n.data().get("number")))
                .as("what integrations are told").containsExactly("quote.approved " + sent.number(),
                        "order.created " + order.number(), "payment.received " + order.number(),
                        "payment.overdue " + order.number());
        assertThat(store.tasks().tasksAbout(ACME, order.ref())).extracting(Task::owner)
                .containsExactlyInAnyOrder(RITA, MAX);
        assertThat(store.tasks().tasksAbout(ACME, order.ref())).extracting(Task::wording).as("said in words")
                .containsOnly(new io.tenantcrm.core.shared.Wording("chase-payment", java.util.Map.of(
                        "number", order.number(), "instalment", "30% deposit", "outstanding", "600.00",
                        "outstandingCurrency", "USD", "days", "8")));
    }

    @Test
    void money_gone_to_collections_is_a_case_until_the_owner_chases_it_and_puts_the_account_on_watch() {
        Quote sent = quoting.send(quoting.start(deal.id(), "USD", List.of(line(300, null)), terms()).id(), 1);
        SalesOrder order = ordering.place(sent.id(), sent.version(), 1, deposit());
        assertThat(PaymentRisk.of(List.of(order), LocalDate.parse("2026-12-07")).level())
                .as("nothing due yet").isEqualTo(PaymentRisk.Level.LOW);
        assertThat(PaymentRisk.of(List.of(), LocalDate.parse("2026-12-07")).level()).isEqualTo(PaymentRisk.Level.NONE);
        assertThat(PaymentRisk.of(List.of(order), LocalDate.parse("2026-12-10")).reasons())
                .as("late, within the grace").extracting(PaymentRisk.Reason::code).containsExactly("overdue");

        clock.advance(Duration.ofDays(8));
        ordering.chase(overdueTimersDue().get(0).id());
        SalesOrder late = store.orders().find(ACME, order.id()).orElseThrow();
        LocalDate today = LocalDate.parse("2026-12-15");
        PaymentRisk high = PaymentRisk.of(List.of(late), today);
        assertThat(high.level()).isEqualTo(PaymentRisk.Level.HIGH);
        assertThat(high.explain()).isEqualTo("HIGH: " + order.number()
                + " 30% deposit: 3600.00 USD with collections, 8 days late");

        Instant opened = Instant.parse("2026-12-15T00:00:00Z");
        RecordRef about = new RecordRef(RecordType.DEAL, deal.id().value().toString());
        Activity note = new Activity(ACME, ActivityId.newId(), 1, ActivityType.NOTE, Direction.INTERNAL, List.of(about),
                opened.plusSeconds(3600), RITA, "remember the deposit");
        Activity theirMail = new Activity(ACME, ActivityId.newId(), 1, ActivityType.EMAIL, Direction.INBOUND,
                List.of(about), opened.plusSeconds(5400), RITA, "buyer: paying next week");
        Activity byManager = new Activity(ACME, ActivityId.newId(), 1, ActivityType.CALL, Direction.OUTBOUND,
                List.of(about), opened.plusSeconds(6000), MAX, "");
        Activity call = new Activity(ACME, ActivityId.newId(), 1, ActivityType.CALL, Direction.OUTBOUND, List.of(about),
                opened.plusSeconds(7200), RITA, "asked for the deposit");
        assertThat(CollectionCases.of(List.of(late), List.of(note, theirMail, byManager), java.time.ZoneOffset.UTC))
                .as("neither a note, the buyer's mail nor someone else's call is the owner chasing")
                .containsExactly(new CollectionCase(deal.id(), RITA, opened, null));
        assertThat(CollectionCases.of(List.of(late), List.of(note, call), java.time.ZoneOffset.UTC))
                .containsExactly(new CollectionCase(deal.id(), RITA, opened, call.occurredAt()));

        ProcessHealthIndex index = new ProcessHealth(ProcessTargets.defaults(), Pipeline.defaultB2bExport())
                .index("rita", Set.of(RITA), opened.minus(Duration.ofDays(28)), opened.plus(Duration.ofDays(1)),
                        new ProcessHealth.Inputs(List.of(call), a -> false, java.util.Map.of(), List.of(),
                                CollectionCases.of(List.of(late), List.of(call), java.time.ZoneOffset.UTC)));
        assertThat(index.signals()).filteredOn(s -> s.name() == ProcessSignal.Name.OVERDUE_COLLECTIONS_ACTED_PERCENT)
                .singleElement().satisfies(s -> {
                    assertThat(s.samples()).isEqualTo(1);
                    assertThat(s.value()).isEqualTo(100.0);
                });

        SalesOrder paid = ordering.receive(late.id(), late.version(), new Ordering.ReceiptDraft(new BigDecimal("3600"),
                "USD", today, PaymentMethod.BANK_TRANSFER, "TT 9"));
        assertThat(PaymentRisk.of(List.of(paid), today).reasons()).extracting(PaymentRisk.Reason::code)
                .as("paid, but it went to collections this year").containsExactly("paid-late");
        assertThat(PaymentRisk.of(List.of(paid), today.plusDays(400)).reasons()).extracting(PaymentRisk.Reason::code)
                .as("a year on the late deposit is forgotten; the balance is late by then").containsExactly("overdue");
    }

    @Test
    void the_chain_report_gives_conversion_terms_by_rep_payment_cycle_and_money_overdue_by_age() {
        Quote ordered = quoting.send(quoting.start(deal.id(), "USD", List.of(line(300, null)), terms()).id(), 1);
        Quote lost = quoting.send(quoting.start(deal.id(), "USD", List.of(line(100, "8")), terms()).id(), 1);
        SalesOrder order = ordering.place(ordered.id(), ordered.version(), 1, deposit());
        order = ordering.receive(order.id(), order.version(), new Ordering.ReceiptDraft(new BigDecimal("3600"),
                "USD", LocalDate.parse("2026-12-07"), PaymentMethod.BANK_TRANSFER, "TT 1"));

        List<Quote> quotes = List.of(quoting.find(ordered.id()), quoting.find(lost.id()));
        var conversion = io.tenantcrm.core.report.OrderChainReport.conversion(quotes, List.of(order));
        assertThat(conversion.quotesSent()).isEqualTo(2);
        assertThat(conversion.rate()).isEqualTo(0.5);
        assertThat(io.tenantcrm.core.report.OrderChainReport.termsByRep(quotes)).singleElement().satisfies(rep -> {
            assertThat(rep.rep()).isEqualTo(RITA);
            assertThat(rep.versionsSent()).isEqualTo(2);
            assertThat(rep.averageDiscount()).isEqualByComparingTo("4.0");
            assertThat(rep.averageMargin()).as("(25.0 + 18.5) / 2").isEqualByComparingTo("21.8");
        });
        var overdue = io.tenantcrm.core.report.OrderChainReport.overdueByAge(List.of(order),
                LocalDate.parse("2027-02-20"));
        assertThat(overdue).singleElement().satisfies(row -> {
            assertThat(row.from31To60()).as("the balance, 36 days late").isEqualTo(Money.of("8400.00", "USD"));
            assertThat(row.total()).isEqualTo(Money.of("8400.00", "USD"));
        });
        clock.advance(Duration.ofDays(10));
        SalesOrder paid = ordering.receive(order.id(), order.version(), new Ordering.ReceiptDraft(
                new BigDecimal("8400"), "USD", LocalDate.parse("2026-12-17"), PaymentMethod.LETTER_OF_CREDIT, null));
        assertThat(io.tenantcrm.core.report.OrderChainReport.paymentCycle(List.of(paid), java.time.ZoneOffset.UTC))
                .isEqualTo(new io.tenantcrm.core.report.OrderChainReport.PaymentCycle(1, 10.0));

        // the same over the use case, for whose records the caller may see
        var period = ordering.chainReport(clock.instant().minus(Duration.ofDays(60)), clock.instant().plusSeconds(1),
                owner -> true);
        assertThat(period.conversion()).isEqualTo(conversion);
        assertThat(period.terms()).singleElement().satisfies(rep -> assertThat(rep.rep()).isEqualTo(RITA));
        assertThat(period.paymentCycle()).isEqualTo(new io.tenantcrm.core.report.OrderChainReport.PaymentCycle(1, 10.0));
        assertThat(period.overdue()).as("paid in full: nothing owed").isEmpty();
        var someoneElses = ordering.chainReport(clock.instant().minus(Duration.ofDays(60)),
                clock.instant().plusSeconds(1), owner -> !owner.equals(RITA));
        assertThat(someoneElses.conversion().quotesSent()).isZero();
        assertThat(someoneElses.terms()).isEmpty();
        assertThat(someoneElses.paymentCycle().paidInFull()).isZero();
        var before = ordering.chainReport(clock.instant().minus(Duration.ofDays(400)),
                clock.instant().minus(Duration.ofDays(300)), owner -> true);
        assertThat(before.conversion().quotesSent()).as("no quote started then").isZero();
    }

    @Test
    void a_sku_is_the_tenants_own_key_and_a_floor_is_never_above_the_list_price() {
        store.actAs(ACME, ADA);
        assertRefusedWith(() -> catalogue.add(new Product.Draft("vlv-dn50", "Another valve", "pcs", List.of(
                new ProductPrice(Money.of("1", "USD"), null, null)), true)), "taken");
        assertRefusedWith(() -> new ProductPrice(Money.of("10", "USD"), Money.of("11", "USD"), null),
                "floor-above-list");
        assertRefused(() -> catalogue.add(new Product.Draft("", "", "", List.of(), true)), "sku", "name", "unit",
                "prices");
    }

    private List<SlaTimer> overdueTimersDue() {
        return store.slaTimers().dueBy(clock.instant()).stream()
                .filter(t -> t.clock() == SlaTimer.Clock.PAYMENT_OVERDUE).toList();
    }

    private static QuoteTerms terms() {
        return new QuoteTerms(Incoterm.FOB, "Ningbo", PaymentTerms.TT_DEPOSIT_BALANCE_BEFORE_SHIPMENT, VALID,
                "Delivery 30 days after the deposit");
    }

    private LineDraft line(int quantity, String discount) {
        return new LineDraft(valve.id(), null, BigDecimal.valueOf(quantity), null, null,
                discount == null ? null : new BigDecimal(discount));
    }

    private static List<PaymentPlan.Share> deposit() {
        return List.of(new PaymentPlan.Share("30% deposit", BigDecimal.valueOf(30), LocalDate.parse("2026-12-07")),
                new PaymentPlan.Share("70% balance before shipment", BigDecimal.valueOf(70),
                        LocalDate.parse("2027-01-15")));
    }

    private static void assertRefused(ThrowableAssert.ThrowingCallable call, String... fields) {
        assertThatThrownBy(call).isInstanceOf(RuleViolationException.class).satisfies(e -> assertThat(
                ((RuleViolationException) e).violations()).extracting(Violation::field).containsExactly(fields));
    }

    private static void assertRefusedWith(ThrowableAssert.ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOf(RuleViolationException.class).satisfies(e -> assertThat(
                ((RuleViolationException) e).violations()).extracting(Violation::code).contains(code));
    }
}
