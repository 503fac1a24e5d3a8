package io.tenantcrm.core.quote;

import io.tenantcrm.core.activity.Activity;
import io.tenantcrm.core.activity.ActivityRepository;
import io.tenantcrm.core.activity.ActivityType;
import io.tenantcrm.core.activity.AttachedDocument;
import io.tenantcrm.core.activity.Direction;
import io.tenantcrm.core.approval.Approval;
import io.tenantcrm.core.approval.ApprovalPolicy;
import io.tenantcrm.core.approval.ApprovalStep;
import io.tenantcrm.core.approval.Approver;
import io.tenantcrm.core.approval.ApproverDirectory;
import io.tenantcrm.core.audit.Change;
import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.deal.Deal;
import io.tenantcrm.core.deal.DealId;
import io.tenantcrm.core.deal.DealRepository;
import io.tenantcrm.core.product.ProductId;
import io.tenantcrm.core.product.ProductRepository;
import io.tenantcrm.core.shared.Acting;
import io.tenantcrm.core.shared.DocumentNumbers;
import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.shared.Violation;
import io.tenantcrm.core.shared.Wording;
import io.tenantcrm.core.sla.SlaClocks;
import io.tenantcrm.core.sla.SlaTimer;
import io.tenantcrm.core.sla.SlaTimers;
import io.tenantcrm.core.tenant.TenantConfiguration;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Use cases of quotes on a deal: start one, revise it, submit it for approval, decide, send, record that the
 * customer accepted, compare versions, and the approver's queue. A decision that waits longer than the policy's
 * business hours goes one level up ({@link #escalate}), on the SLA module's durable timers: each waiting step has
 * one timer, fired once by whichever instance claims it.
 */
public final class Quoting {

    /** What the use cases read and write. */
    public record Ports(QuoteRepository quotes, ProductRepository products, DealRepository deals,
                        ActivityRepository activities, DocumentNumbers numbers, ApproverDirectory approvers,
                        SlaTimers timers, TenantConfiguration configuration) {
    }

    /**
     * A line as a rep enters it: a catalogue product (its price in the quote's currency unless a unit price is
     * given) or free text with its own price.
     */
    public record LineDraft(ProductId product, String description, BigDecimal quantity, String unit,
                            BigDecimal unitPrice, BigDecimal discountPercent) {
    }

    private final Ports ports;
    private final Recorder recorder;
    private final SlaClocks clocks;

    public Quoting(Ports ports, Recorder recorder, SlaClocks clocks) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
        this.clocks = Objects.requireNonNull(clocks, "clocks");
    }

    /** A quote for the deal, numbered from the tenant's sequence, owned by the deal's owner; version 1 a draft. */
    public Quote start(DealId dealId, String currencyCode, List<LineDraft> lines, QuoteTerms terms) {
        Currency currency = currency(currencyCode);
        return recorder.inTransaction(acting -> {
            Deal deal = ports.deals().find(acting.tenant(), dealId)
                    .orElseThrow(() -> new NotFoundException("deal", dealId));
            List<QuoteLine> made = lines(lines, currency, acting);
            LocalDate today = today(acting);
            String number = DocumentNumbers.Kind.QUOTE.format(today.getYear(),
                    ports.numbers().next(acting.tenant(), DocumentNumbers.Kind.QUOTE, today.getYear()));
            Change<Quote> started = Quote.start(number, deal.id(), deal.owner(), currency, made, terms, today,
                    acting);
            Quote stored = ports.quotes().add(started.record());
            recorder.keep(started);
            return stored;
        });
    }

    /** New lines and terms: the draft changes, or the next version is made. */
    public Quote revise(QuoteId id, long expectedVersion, List<LineDraft> lines, QuoteTerms terms) {
        return change(id, expectedVersion, (quote, acting) ->
                quote.revise(lines(lines, quote.currency(), acting), terms, today(acting), acting));
    }

    /**
     * The draft submitted: approved at once when the policy asks nothing, otherwise assigned to its first step's
     * approvers with a timer for the escalation.
     */
    public Quote submit(QuoteId id, long expectedVersion) {
        return change(id, expectedVersion, this::submitted);
    }

    /** The acting user decides the waiting step; a rejection says why. */
    public Quote decide(QuoteId id, long expectedVersion, boolean approve, String reason) {
        return change(id, expectedVersion, (quote, acting) -> {
            QuoteVersion asked = quote.latest();
            Quote.ApprovalAssignment next = null;
            if (asked.status() == VersionStatus.IN_APPROVAL && approve) {
                List<ApprovalStep> steps = asked.approval().steps();
                int index = steps.indexOf(asked.approval().waiting().orElseThrow());
                if (index + 1 < steps.size()) {
                    next = assignment(quote, steps.get(index + 1).level(), 0, acting);
                }
            }
            Change<Quote> decided = quote.decide(acting.user(), approve, reason, next, acting);
            ports.timers().cancel(acting.tenant(), quote.ref(), SlaTimer.Clock.QUOTE_APPROVAL, acting.at());
            decided.record().latest().approvalAsked().flatMap(Approval::waiting)
                    .filter(step -> decided.record().latest().status() == VersionStatus.IN_APPROVAL)
                    .ifPresent(step -> schedule(decided.record(), step, acting));
            return decided;
        });
    }

    /**
     * The latest version sent to the customer. A draft the policy lets through is approved and sent in one go; one
     * that needs approval is refused until it has it. Sending logs "quote sent" on the deal's timeline, which
     * starts the quote follow-up reminders.
     */
    public Quote send(QuoteId id, long expectedVersion) {
        return change(id, expectedVersion, (quote, acting) -> {
            Quote ready = quote;
            List<io.tenantcrm.core.shared.DomainEvent> events = new ArrayList<>();
            List<io.tenantcrm.core.audit.AuditEntry> audit = new ArrayList<>();
            if (quote.latest().status() == VersionStatus.DRAFT) {
                QuoteTotals totals = quote.latest().totals(quote.currency());
                List<ApprovalStep.Required> needed = policy(acting).need(totals);
                if (!needed.isEmpty()) {
                    throw new RuleViolationException(List.of(new Violation("version", "needs the "
                            + needed.get(0).name() + "'s approval first: " + needed.get(0).reasons().get(0).reason(),
                            Quote.NOT_APPROVED)));
                }
                Change<Quote> approved = quote.submit(null, acting);
                ready = approved.record();
                events.addAll(approved.events());
                audit.addAll(approved.audit());
            }
            Change<Quote> sent = ready.send(today(acting), acting);
            events.addAll(sent.events());
            audit.addAll(sent.audit());
            QuoteVersion version = sent.record().latest();
            Activity logged = ports.activities().add(Activity.log(acting, ActivityType.QUOTE_SENT,
                    Direction.OUTBOUND, List.of(new io.tenantcrm.core.audit.RecordRef(
                            io.tenantcrm.core.audit.RecordType.DEAL, quote.deal().toString()), quote.ref()),
                    acting.at(), "Quote " + quote.number() + " v" + version.number() + " sent: "
                            + version.totals(quote.currency()).net() + ", valid until "
                            + version.terms().validUntil())
                    .attaching(List.of(document(quote, version)))
                    .saying(new Wording("quote-sent", java.util.Map.of("number", quote.number(),
                            "version", String.valueOf(version.number()),
                            "net", version.totals(quote.currency()).net().amount().toPlainString(),
                            "netCurrency", quote.currency().getCurrencyCode(),
                            "validUntil", String.valueOf(version.terms().validUntil())))));
            clocks.activityLogged(logged);
            return new Change<>(sent.record(), events, audit);
        });
    }

    /**
     * The customer's PDF of a sent version, as the "quote sent" activity carries it: named after the quote and
     * version, drawn again from the stored version whenever it is asked for (a sent version never changes).
     */
    public static AttachedDocument document(Quote quote, QuoteVersion version) {
        return new AttachedDocument(quote.number() + "-v" + version.number() + ".pdf", "application/pdf",
                quote.ref(), version.number());
    }

    /** The customer accepted a version that was sent. */
    public Quote accept(QuoteId id, long expectedVersion, int versionNumber) {
        return change(id, expectedVersion, (quote, acting) -> quote.accept(versionNumber, today(acting), acting));
    }

    /**
     * A waiting step's timer came due: if the step still waits, it goes one level up (past the top, to the
     * tenant's admins) with a new timer; a timer already fired, or a step decided since, is left alone.
     */
    public Optional<Quote> escalate(UUID timerId) {
        return recorder.inTransaction(acting -> {
            Optional<SlaTimer> locked = ports.timers().lock(acting.tenant(), timerId);
            if (locked.isEmpty() || !locked.get().isPending()
                    || locked.get().clock() != SlaTimer.Clock.QUOTE_APPROVAL) {
                return Optional.<Quote>empty();
            }
            SlaTimer timer = locked.get();
            ports.timers().markFired(acting.tenant(), timer.id(), acting.at());
            Quote quote = ports.quotes().find(acting.tenant(), new QuoteId(UUID.fromString(timer.subject().id())))
                    .orElse(null);
            if (quote == null || quote.latest().status() != VersionStatus.IN_APPROVAL) {
                return Optional.<Quote>empty();
            }
            ApprovalStep step = quote.latest().approval().waiting().orElseThrow();
            if (timer.step() != timerStep(quote.latest(), step) || !policy(acting).canEscalate(step.level(),
                    step.escalations())) {
                return Optional.<Quote>empty();
            }
            Change<Quote> escalated = quote.escalate(assignment(quote, step.level(), step.escalations() + 1,
                    acting), acting);
            Quote stored = ports.quotes().update(escalated.record());
            recorder.keep(escalated);
            schedule(stored, stored.latest().approval().waiting().orElseThrow(), acting);
            return Optional.of(stored);
        });
    }

    public Quote find(QuoteId id) {
        return recorder.inTransaction(acting -> ports.quotes().find(acting.tenant(), id)
                .orElseThrow(() -> new NotFoundException("quote", id)));
    }

    public List<Quote> ofDeal(DealId deal) {
        return recorder.inTransaction(acting -> ports.quotes().ofDeal(acting.tenant(), deal));
    }

    /** The quotes waiting for the acting user's decision. */
    public List<Quote> queue() {
        return recorder.inTransaction(acting -> ports.quotes().awaitingDecisionBy(acting.tenant(), acting.user()));
    }

    public QuoteDiff diff(QuoteId id, int from, int to) {
        return find(id).diff(from, to);
    }

    private Change<Quote> submitted(Quote quote, Acting acting) {
        ApprovalPolicy policy = policy(acting);
        List<ApprovalStep.Required> needed = policy.need(quote.latest().totals(quote.currency()));
        if (needed.isEmpty()) {
            return quote.submit(null, acting);
        }
        List<ApprovalStep> steps = new ArrayList<>();
        for (int i = 0; i < needed.size(); i++) {
            ApprovalStep.Required required = needed.get(i);
            if (i == 0) {
                Quote.ApprovalAssignment first = assignment(quote, required.level(), 0, acting);
                steps.add(new ApprovalStep(required.level(), required.name(), required.reasons(), first.approver(),
                        first.people(), acting.at(), 0, null));
            } else {
                steps.add(new ApprovalStep(required.level(), required.name(), required.reasons(),
                        policy.approverOf(required.level(), 0), Set.of(), null, 0, null));
            }
        }
        Change<Quote> submitted = quote.submit(new Approval(steps), acting);
        schedule(submitted.record(), steps.get(0), acting);
        return submitted;
    }

    /**
     * Who decides a step of the level after so many escalations: the policy's approver as people, never the
     * quote's owner or maker; when that leaves nobody, the next one up does.
     */
    private Quote.ApprovalAssignment assignment(Quote quote, int level, int escalations, Acting acting) {
        ApprovalPolicy policy = policy(acting);
        Set<UserId> excluded = quote.owners();
        for (int up = escalations; ; up++) {
            Approver approver = policy.approverOf(level, up);
            Set<UserId> people = new HashSet<>(ports.approvers().resolve(acting.tenant(), approver, quote.owner()));
            people.removeAll(excluded);
            if (!people.isEmpty()) {
                return new Quote.ApprovalAssignment(approver, people);
            }
            if (!policy.canEscalate(level, up)) {
                throw new RuleViolationException(List.of(new Violation("approval", "nobody but the quote's owner"
                        + " may approve it: the tenant needs a manager or an admin", "no-approver")));
            }
        }
    }

    private void schedule(Quote quote, ApprovalStep step, Acting acting) {
        Instant due = ports.configuration().sla(acting.tenant()).hours().plus(step.waitingSince(),
                policy(acting).escalateAfter());
        ports.timers().schedule(List.of(SlaTimer.schedule(acting.tenant(), quote.ref(),
                SlaTimer.Clock.QUOTE_APPROVAL, timerStep(quote.latest(), step), due)));
    }

    /** One timer per version, step and escalation: (subject, clock, step) names a timer. */
    private static int timerStep(QuoteVersion version, ApprovalStep step) {
        return version.number() * 100 + step.level() * 10 + step.escalations();
    }

    private List<QuoteLine> lines(List<LineDraft> drafts, Currency currency, Acting acting) {
        List<QuoteLine> lines = new ArrayList<>();
        List<Violation> problems = new ArrayList<>();
        for (int i = 0; i < (drafts == null ? 0 : drafts.size()); i++) {
            LineDraft draft = drafts.get(i);
            try {
                Money price = draft.unitPrice() == null ? null : Money.of(draft.unitPrice(), currency);
                if (draft.product() != null) {
                    lines.add(QuoteLine.of(ports.products().find(acting.tenant(), draft.product())
                                    .orElseThrow(() -> new RuleViolationException(List.of(new Violation("product",
                                            "no product " + draft.product(), "unknown")))),
                            currency, draft.quantity(), price, draft.discountPercent(), draft.description()));
                } else {
                    lines.add(QuoteLine.freeText(draft.description(), draft.quantity(), draft.unit(), price,
                            draft.discountPercent()));
                }
            } catch (RuleViolationException e) {
                problems.addAll(e.under("lines[" + i + "]").violations());
            } catch (io.tenantcrm.core.shared.InvalidValueException e) {
                problems.add(new Violation("lines[" + i + "].unitPrice", e.reason(), e.code()));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        return lines;
    }

    private Quote change(QuoteId id, long expectedVersion, java.util.function.BiFunction<Quote, Acting,
            Change<Quote>> operation) {
        return recorder.inTransaction(acting -> {
            Quote quote = ports.quotes().find(acting.tenant(), id)
                    .orElseThrow(() -> new NotFoundException("quote", id)).withVersion(expectedVersion);
            Change<Quote> changed = operation.apply(quote, acting);
            Quote stored = ports.quotes().update(changed.record());
            recorder.keep(changed);
            return stored;
        });
    }

    private ApprovalPolicy policy(Acting acting) {
        return ports.configuration().approvalPolicy(acting.tenant());
    }

    private LocalDate today(Acting acting) {
        return LocalDate.ofInstant(acting.at(), ports.configuration().sla(acting.tenant()).hours().zone());
    }

    private static Currency currency(String code) {
        try {
            return Currency.getInstance(code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("currency", "'" + code + "' is not an ISO 4217 currency code");
        }
    }
}
