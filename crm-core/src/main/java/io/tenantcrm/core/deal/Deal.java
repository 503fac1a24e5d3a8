package io.tenantcrm.core.deal;

import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.account.ContactId;
import io.tenantcrm.core.activity.Task;
import io.tenantcrm.core.audit.AuditEntry;
import io.tenantcrm.core.audit.OwnerChanged;
import io.tenantcrm.core.audit.Reasons;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.deal.DealEvents.DealLost;
import io.tenantcrm.core.deal.DealEvents.DealOpened;
import io.tenantcrm.core.deal.DealEvents.DealReopened;
import io.tenantcrm.core.deal.DealEvents.DealStageChanged;
import io.tenantcrm.core.deal.DealEvents.DealWon;
import io.tenantcrm.core.deal.DealEvents.NextStepScheduled;
import io.tenantcrm.core.pipeline.DealField;
import io.tenantcrm.core.pipeline.Pipeline;
import io.tenantcrm.core.pipeline.PipelineId;
import io.tenantcrm.core.pipeline.Stage;
import io.tenantcrm.core.pipeline.StageId;
import io.tenantcrm.core.pipeline.StageKind;
import io.tenantcrm.core.shared.Acting;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.DomainEvent;
import io.tenantcrm.core.shared.Incoterm;
import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.shared.PaymentTerms;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.SourceChannel;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.TextLimit;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.shared.Violation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A concrete purchase intention of a customer: the aggregate managers forecast on.
 *
 * <p>Invariants, kept by every operation (each returns a {@link DealChange} or throws
 * {@link RuleViolationException} and changes nothing):
 * <ul>
 *   <li>an open deal has a next step due in the future, within its stage's maximum gap;</li>
 *   <li>a deal enters a stage only with the fields the stage requires;</li>
 *   <li>won and lost are terminal until reopened with a reason; lost always carries a structured loss reason;</li>
 *   <li>every owner change carries a reason; every edit of a won or lost deal carries a reason;</li>
 *   <li>{@code status} follows the kind of the stage.</li>
 * </ul>
 * Fields that are not known yet are null (amount, expected close ...); {@code version} is for optimistic locking
 * by the repository. {@code lastActivityAt} moves with logged activities and stage changes, never with field edits.
 */
public record Deal(TenantId tenant, DealId id, long version, String title, AccountId account,
                   ContactId primaryContact, Money amount, LocalDate expectedClose, String productInterest,
                   Incoterm tradeTerms, PaymentTerms paymentTerms, SourceChannel source, CountryCode country,
                   PipelineId pipeline, StageId stage, DealStatus status, Instant stageEnteredAt, UserId owner,
                   NextStep nextStep, LossReason lossReason, Integer probabilityOverride, Instant createdAt,
                   Instant lastActivityAt) {

    public static final int MAX_TITLE = 200;

    public Deal {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(stageEnteredAt, "stageEnteredAt");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastActivityAt, "lastActivityAt");
        if (title == null || title.isBlank()) {
            throw new RuleViolationException("title", "a deal needs a title");
        }
        title = title.strip();
        if (title.length() > MAX_TITLE) {
            throw new RuleViolationException("title", "must be at most " + MAX_TITLE + " characters");
        }
        productInterest = TextLimit.LINE.check("productInterest", productInterest);
        if (amount != null && amount.isNegative()) {
            throw new RuleViolationException("amount", "must not be negative");
        }
        if (probabilityOverride != null && (probabilityOverride < 0 || probabilityOverride > 100)) {
            throw new RuleViolationException("probabilityOverride", "must be between 0 and 100");
        }
        if ((status == DealStatus.LOST) != (lossReason != null)) {
            throw new IllegalArgumentException("a deal has a loss reason exactly when it is lost");
        }
    }

    /** Opens a deal in the pipeline's first stage (or the one asked for), creating that stage's tasks. */
    public static DealChange open(NewDeal draft, Pipeline pipeline, Acting acting) {
        Stage stage = draft.stage() == null ? pipeline.firstStage() : stageOf(pipeline, draft.stage());
        Deal deal = new Deal(acting.tenant(), DealId.newId(), 0, draft.title(), draft.account(),
                draft.primaryContact(), draft.amount(), draft.expectedClose(), draft.productInterest(),
                draft.tradeTerms(), draft.paymentTerms(), draft.source(), draft.country(), pipeline.id(), stage.id(),
                DealStatus.OPEN, acting.at(), draft.owner(), draft.nextStep(), null, null, acting.at(), acting.at());
        StageMovePolicy.checkAll(new StageMove(deal, pipeline, null, stage, draft.nextStep(), acting.at(), false))
                .orThrow();
        List<DomainEvent> events = List.of(
                new DealOpened(acting.tenant(), deal.id, deal.account, stage.id(), deal.owner, deal.amount,
                        acting.user(), acting.at()),
                new NextStepScheduled(acting.tenant(), deal.id, deal.nextStep, acting.user(), acting.at()));
        AuditEntry created = AuditEntry.of(acting, deal.ref(), "record", null, "created in " + stage.name(), null);
        return new DealChange(deal, events, List.of(created), tasksFor(stage, deal, acting),
                deal.missingSuggested(stage));
    }

    /**
     * Moves the deal to another stage, forward, skipping or back as the pipeline allows, optionally with a new
     * next step (null keeps the current one). Entering a won stage wins the deal.
     */
    public DealChange moveTo(StageId target, NextStep newNextStep, Pipeline pipeline, Acting acting) {
        Stage from = stageOf(pipeline, stage);
        Stage to = stageOf(pipeline, target);
        NextStep next = to.isOpen() ? (newNextStep != null ? newNextStep : nextStep) : null;
        StageMovePolicy.checkAll(new StageMove(this, pipeline, from, to, next, acting.at(), false)).orThrow();
        Deal moved = enter(to, next, lossReason, acting);
        List<DomainEvent> events = new ArrayList<>();
        events.add(new DealStageChanged(tenant, id, from.id(), to.id(), acting.user(), acting.at()));
        if (to.kind() == StageKind.WON && from.isOpen()) {
            events.add(new DealWon(tenant, id, to.id(), amount, acting.user(), acting.at()));
        }
        if (next != null && !next.equals(nextStep)) {
            events.add(new NextStepScheduled(tenant, id, next, acting.user(), acting.at()));
        }
        List<AuditEntry> audit = new ArrayList<>();
        audit.add(AuditEntry.of(acting, ref(), "stage", from.id(), to.id(), null));
        if (!Objects.equals(next, nextStep)) {
            audit.add(AuditEntry.of(acting, ref(), "nextStep", nextStep, next, null));
        }
        return new DealChange(moved, events, audit, tasksFor(to, moved, acting), moved.missingSuggested(to));
    }

    /** Wins the deal: moves it to the pipeline's first won stage. */
    public DealChange win(Pipeline pipeline, Acting acting) {
        return moveTo(pipeline.firstWonStage().id(), null, pipeline, acting);
    }

    /** Closes an open deal as lost, with a structured reason. */
    public DealChange lose(LossReason reason, Pipeline pipeline, Acting acting) {
        if (reason == null) {
            throw new RuleViolationException("lossReason", "a lost deal needs a loss reason");
        }
        Stage from = stageOf(pipeline, stage);
        if (!from.isOpen()) {
            throw new RuleViolationException("stage", "only an open deal can be lost; reopen it first");
        }
        Stage lost = pipeline.lostStage();
        Deal closed = enter(lost, null, reason, acting);
        List<AuditEntry> audit = List.of(
                AuditEntry.of(acting, ref(), "stage", from.id(), lost.id(), null),
                AuditEntry.of(acting, ref(), "lossReason", null, reason, null),
                AuditEntry.of(acting, ref(), "nextStep", nextStep, null, null));
        return new DealChange(closed,
                List.of(new DealStageChanged(tenant, id, from.id(), lost.id(), acting.user(), acting.at()),
                        new DealLost(tenant, id, from.id(), reason, acting.user(), acting.at())),
                audit, tasksFor(lost, closed, acting), Set.of());
    }

    /** Brings a won or lost deal back to an open stage; says why, and what happens next. */
    public DealChange reopen(StageId target, NextStep next, String reason, Pipeline pipeline, Acting acting) {
        String why = Reasons.require("reason", reason);
        Stage from = stageOf(pipeline, stage);
        Stage to = stageOf(pipeline, target);
        StageMovePolicy.checkAll(new StageMove(this, pipeline, from, to, next, acting.at(), true)).orThrow();
        Deal reopened = enter(to, next, null, acting);
        List<AuditEntry> audit = new ArrayList<>();
        audit.add(AuditEntry.of(acting, ref(), "stage", from.id(), to.id(), why));
        if (lossReason != null) {
            audit.add(AuditEntry.of(acting, ref(), "lossReason", lossReason, null, why));
        }
        audit.add(AuditEntry.of(acting, ref(), "nextStep", nextStep, next, why));
        return new DealChange(reopened,
                List.of(new DealReopened(tenant, id, from.id(), to.id(), why, acting.user(), acting.at()),
                        new NextStepScheduled(tenant, id, next, acting.user(), acting.at())),
                audit, tasksFor(to, reopened, acting), reopened.missingSuggested(to));
    }

    /** Sets what happens next; it must be due in the future and within the stage's maximum gap. */
    public DealChange scheduleNextStep(NextStep next, Pipeline pipeline, Acting acting) {
        Stage current = stageOf(pipeline, stage);
        if (!current.isOpen()) {
            throw new RuleViolationException("nextStep", "a " + status.name().toLowerCase(java.util.Locale.ROOT)
                    + " deal has no next step; reopen it first");
        }
        new NextStepPolicy().check(new StageMove(this, pipeline, current, current, next, acting.at(), false))
                .orThrow();
        Deal scheduled = copy(stage, status, stageEnteredAt, owner, next, lossReason, lastActivityAt);
        return new DealChange(scheduled,
                List.of(new NextStepScheduled(tenant, id, next, acting.user(), acting.at())),
                List.of(AuditEntry.of(acting, ref(), "nextStep", nextStep, next, null)), List.of(), Set.of());
    }

    /** Hands the deal to another seller; the transfer is recorded with its reason. */
    public DealChange reassign(UserId newOwner, String reason, Acting acting) {
        Objects.requireNonNull(newOwner, "newOwner");
        String why = Reasons.require("reason", reason);
        if (newOwner.equals(owner)) {
            throw new RuleViolationException("owner", "the deal already belongs to " + owner);
        }
        Deal transferred = copy(stage, status, stageEnteredAt, newOwner, nextStep, lossReason, lastActivityAt);
        return new DealChange(transferred,
                List.of(new OwnerChanged(tenant, ref(), owner, newOwner, why, acting.user(), acting.at())),
                List.of(AuditEntry.of(acting, ref(), "owner", owner, newOwner, why)), List.of(), Set.of());
    }

    /**
     * Edits fields. A field the current stage requires cannot be emptied (edits never clear, so this holds); an edit
     * to a won or lost deal rewrites history and needs a reason. Field edits do not count as activity.
     */
    public DealChange edit(DealEdit edit, Acting acting) {
        String why = status == DealStatus.OPEN ? Reasons.optional("reason", edit.reason())
                : Reasons.require("reason", edit.reason());
        Deal edited = new Deal(tenant, id, version, or(edit.title(), title), account,
                or(edit.primaryContact(), primaryContact), or(edit.amount(), amount),
                or(edit.expectedClose(), expectedClose), or(edit.productInterest(), productInterest),
                or(edit.tradeTerms(), tradeTerms), or(edit.paymentTerms(), paymentTerms), source, country, pipeline,
                stage, status, stageEnteredAt, owner, nextStep, lossReason,
                or(edit.probabilityOverride(), probabilityOverride), createdAt, lastActivityAt);
        if (amount != null && edited.amount != null && !amount.currency().equals(edited.amount.currency())) {
            throw new RuleViolationException("amount", "keep the deal's currency " + amount.currency()
                    + "; changing currency is a new quote, not an edit");
        }
        List<AuditEntry> audit = new ArrayList<>();
        diff(audit, acting, why, "title", title, edited.title);
        diff(audit, acting, why, "primaryContact", primaryContact, edited.primaryContact);
        diff(audit, acting, why, "amount", amount, edited.amount);
        diff(audit, acting, why, "expectedClose", expectedClose, edited.expectedClose);
        diff(audit, acting, why, "productInterest", productInterest, edited.productInterest);
        diff(audit, acting, why, "tradeTerms", tradeTerms, edited.tradeTerms);
        diff(audit, acting, why, "paymentTerms", paymentTerms, edited.paymentTerms);
        diff(audit, acting, why, "probabilityOverride", probabilityOverride, edited.probabilityOverride);
        return new DealChange(edited, List.of(), audit, List.of(), Set.of());
    }

    /** A logged activity (call, email, meeting ...) about this deal: the deal is being worked. */
    public Deal activityAt(Instant at) {
        return at.isAfter(lastActivityAt)
                ? copy(stage, status, stageEnteredAt, owner, nextStep, lossReason, at)
                : this;
    }

    /** Whether a field a stage may ask for is filled. */
    public boolean has(DealField field) {
        return switch (field) {
            case AMOUNT -> amount != null;
            case EXPECTED_CLOSE -> expectedClose != null;
            case PRIMARY_CONTACT -> primaryContact != null;
            case PRODUCT_INTEREST -> productInterest != null && !productInterest.isBlank();
            case TRADE_TERMS -> tradeTerms != null;
            case PAYMENT_TERMS -> paymentTerms != null;
        };
    }

    /** The amount weighted by the win probability (this deal's override, or its stage's). */
    public Optional<Money> weightedAmount(Stage currentStage) {
        if (amount == null) {
            return Optional.empty();
        }
        BigDecimal probability = probabilityOverride != null
                ? BigDecimal.valueOf(probabilityOverride).movePointLeft(2)
                : currentStage.probability();
        return Optional.of(amount.times(probability));
    }

    public boolean isOpen() {
        return status == DealStatus.OPEN;
    }

    public Optional<NextStep> currentNextStep() {
        return Optional.ofNullable(nextStep);
    }

    public RecordRef ref() {
        return new RecordRef(RecordType.DEAL, id.toString());
    }

    private Set<DealField> missingSuggested(Stage target) {
        return target.fieldsToEnter().suggested().stream().filter(f -> !has(f)).collect(Collectors.toSet());
    }

    private Deal enter(Stage to, NextStep next, LossReason reason, Acting acting) {
        DealStatus newStatus = switch (to.kind()) {
            case OPEN -> DealStatus.OPEN;
            case WON -> DealStatus.WON;
            case LOST -> DealStatus.LOST;
        };
        return copy(to.id(), newStatus, acting.at(), owner, next, newStatus == DealStatus.LOST ? reason : null,
                acting.at());
    }

    private Deal copy(StageId newStage, DealStatus newStatus, Instant enteredAt, UserId newOwner, NextStep next,
                      LossReason reason, Instant activityAt) {
        return new Deal(tenant, id, version, title, account, primaryContact, amount, expectedClose, productInterest,
                tradeTerms, paymentTerms, source, country, pipeline, newStage, newStatus, enteredAt, newOwner, next,
                reason, probabilityOverride, createdAt, activityAt);
    }

    private static List<Task> tasksFor(Stage stage, Deal deal, Acting acting) {
        return stage.tasksOnEntry().stream()
                .map(template -> Task.fromTemplate(template, acting, deal.ref(), deal.owner))
                .toList();
    }

    private static Stage stageOf(Pipeline pipeline, StageId stageId) {
        return pipeline.stage(stageId).orElseThrow(() -> new RuleViolationException(List.of(
                new Violation("stage", "pipeline " + pipeline.name() + " has no stage '" + stageId + "'"))));
    }

    private void diff(List<AuditEntry> audit, Acting acting, String why, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            audit.add(AuditEntry.of(acting, ref(), field, before, after, why));
        }
    }

    private static <T> T or(T edited, T current) {
        return edited != null ? edited : current;
    }

    /** The same record at another version: what a repository hands back after storing it. */
    public Deal withVersion(long newVersion) {
        return new Deal(tenant, id, newVersion, title, account, primaryContact, amount, expectedClose, productInterest,
                tradeTerms, paymentTerms, source, country, pipeline, stage, status, stageEnteredAt, owner, nextStep,
                lossReason, probabilityOverride, createdAt, lastActivityAt);
    }
}
