package io.tenantcrm.core.quote;

import io.tenantcrm.core.approval.Approval;
import io.tenantcrm.core.approval.ApprovalStep;
import io.tenantcrm.core.audit.AuditEntry;
import io.tenantcrm.core.audit.Change;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.deal.DealId;
import io.tenantcrm.core.quote.QuoteEvents.ApprovalEscalated;
import io.tenantcrm.core.quote.QuoteEvents.ApprovalRequested;
import io.tenantcrm.core.quote.QuoteEvents.QuoteAccepted;
import io.tenantcrm.core.quote.QuoteEvents.QuoteApproved;
import io.tenantcrm.core.quote.QuoteEvents.QuoteRejected;
import io.tenantcrm.core.quote.QuoteEvents.QuoteSent;
import io.tenantcrm.core.quote.QuoteEvents.QuoteStarted;
import io.tenantcrm.core.shared.Acting;
import io.tenantcrm.core.shared.DomainEvent;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.shared.Violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An offer to a deal's customer, kept as numbered versions because customers bargain with old ones.
 *
 * <p>Invariants, kept by every operation (each returns a {@link Change} or throws {@link RuleViolationException}
 * and changes nothing):
 * <ul>
 *   <li>one currency for the whole quote, every line in it; at least one line in every version;</li>
 *   <li>only the latest version may be a draft, and only a draft changes in place: a change to any other makes
 *       the next version (an unsent one it replaces is superseded; a sent one stays as the customer has it);</li>
 *   <li>a version is sent only once approved, or when its policy asks for no approval, and before its validity
 *       ends; a version is accepted only after it was sent, and a quote is accepted once;</li>
 *   <li>nobody decides an approval of a quote they own or made.</li>
 * </ul>
 */
public record Quote(TenantId tenant, QuoteId id, long version, String number, DealId deal, UserId owner,
                    Currency currency, List<QuoteVersion> versions, java.time.Instant createdAt) {

    /** Violation codes a client can translate. */
    public static final String NOT_APPROVED = "not-approved";
    public static final String AWAITING_APPROVAL = "awaiting-approval";
    public static final String FROZEN = "frozen";
    public static final String EXPIRED = "expired";
    public static final String MIXED_CURRENCIES = "mixed-currencies";
    public static final String NOT_SENT = "not-sent";

    public Quote {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(deal, "deal");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(createdAt, "createdAt");
        versions = List.copyOf(versions);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a quote has at least one version");
        }
    }

    /** A new quote for the deal with its first version as a draft. */
    public static Change<Quote> start(String number, DealId deal, UserId owner, Currency currency,
                                      List<QuoteLine> lines, QuoteTerms terms, LocalDate today, Acting acting) {
        check(lines, terms, currency, today);
        QuoteVersion first = new QuoteVersion(1, lines, terms, VersionStatus.DRAFT, acting.user(), acting.at(),
                null, null);
        Quote quote = new Quote(acting.tenant(), QuoteId.newId(), 0, number, deal, owner, currency, List.of(first),
                acting.at());
        return new Change<>(quote, List.of(new QuoteStarted(acting.tenant(), quote.id, number, deal, acting.user(),
                acting.at())), List.of(AuditEntry.of(acting, quote.ref(), "record", null, "created " + number
                + " v1, " + first.totals(currency).net(), null)));
    }

    public QuoteVersion latest() {
        return versions.get(versions.size() - 1);
    }

    public Optional<QuoteVersion> version(int number) {
        return number < 1 || number > versions.size() ? Optional.empty() : Optional.of(versions.get(number - 1));
    }

    /** The version the customer accepted, if any. */
    public Optional<QuoteVersion> accepted() {
        return versions.stream().filter(v -> v.status() == VersionStatus.ACCEPTED).findFirst();
    }

    /**
     * New lines and terms: the draft changes in place; any other latest version is followed by a new draft (one
     * that was not sent yet is superseded). An accepted quote no longer changes.
     */
    public Change<Quote> revise(List<QuoteLine> lines, QuoteTerms terms, LocalDate today, Acting acting) {
        if (accepted().isPresent()) {
            throw violation("quote", "the customer accepted version " + accepted().get().number()
                    + "; start a new quote", FROZEN);
        }
        check(lines, terms, currency, today);
        QuoteVersion latest = latest();
        List<QuoteVersion> next = new ArrayList<>(versions);
        List<AuditEntry> audit = new ArrayList<>();
        if (latest.status() == VersionStatus.DRAFT) {
            next.set(next.size() - 1, new QuoteVersion(latest.number(), lines, terms, VersionStatus.DRAFT,
                    acting.user(), acting.at(), null, null));
            audit.add(AuditEntry.of(acting, ref(), "v" + latest.number(), latest.totals(currency).net(),
                    QuoteTotals.of(lines, currency).net(), null));
        } else {
            if (latest.status() == VersionStatus.IN_APPROVAL || latest.status() == VersionStatus.APPROVED) {
                next.set(next.size() - 1, latest.with(VersionStatus.SUPERSEDED, latest.approval(), null));
            }
            int number = latest.number() + 1;
            next.add(new QuoteVersion(number, lines, terms, VersionStatus.DRAFT, acting.user(), acting.at(), null,
                    null));
            audit.add(AuditEntry.of(acting, ref(), "version", latest.number(), number + ", "
                    + QuoteTotals.of(lines, currency).net(), null));
        }
        return new Change<>(with(next), List.of(), audit);
    }

    /**
     * The draft submitted: with no approval asked ({@code approval} null) it is approved at once, within policy;
     * otherwise it waits for the approval's first step.
     */
    public Change<Quote> submit(Approval approval, Acting acting) {
        QuoteVersion draft = latest();
        if (draft.status() != VersionStatus.DRAFT) {
            throw violation("version", "version " + draft.number() + " is " + name(draft.status())
                    + "; change it to make a new version", FROZEN);
        }
        if (approval == null) {
            return new Change<>(replaceLatest(draft.with(VersionStatus.APPROVED, null, null)),
                    List.of(approved(draft, acting)),
                    List.of(AuditEntry.of(acting, ref(), "v" + draft.number(), "draft", "approved",
                            "within the approval policy")));
        }
        ApprovalStep first = approval.waiting().orElseThrow();
        return new Change<>(replaceLatest(draft.with(VersionStatus.IN_APPROVAL, approval, null)),
                List.of(requested(draft, first, acting)),
                List.of(AuditEntry.of(acting, ref(), "v" + draft.number(), "draft", "in approval",
                        reasons(approval))));
    }

    /**
     * The waiting step decided; approving the last step approves the version, rejecting any rejects it.
     * {@code next} is who the following step (if any) goes to.
     */
    public Change<Quote> decide(UserId by, boolean approve, String reason, ApprovalAssignment next,
                                Acting acting) {
        QuoteVersion asked = latest();
        if (asked.status() != VersionStatus.IN_APPROVAL) {
            throw violation("approval", "version " + asked.number() + " is " + name(asked.status())
                    + ", not waiting for approval", NOT_APPROVED);
        }
        ApprovalStep step = asked.approval().waiting().orElseThrow();
        Approval decided = asked.approval().decide(by, approve, reason, owners(), acting.at(),
                next == null ? null : next.approver(), next == null ? Set.of() : next.people());
        List<DomainEvent> events = new ArrayList<>();
        VersionStatus status = VersionStatus.IN_APPROVAL;
        if (decided.isRejected()) {
            status = VersionStatus.REJECTED;
            events.add(new QuoteRejected(tenant, id, number, deal, asked.number(), step.name(), reason.strip(),
                    acting.user(), acting.at()));
        } else if (decided.isGranted()) {
            status = VersionStatus.APPROVED;
            events.add(approved(asked, acting));
        } else {
            events.add(requested(asked, decided.waiting().orElseThrow(), acting));
        }
        return new Change<>(replaceLatest(asked.with(status, decided, null)), events,
                List.of(AuditEntry.of(acting, ref(), "v" + asked.number() + " " + step.name(), "waiting",
                        approve ? "approved" : "rejected", reason)));
    }

    /** The waiting step goes up to someone else, for waiting too long. */
    public Change<Quote> escalate(ApprovalAssignment to, Acting acting) {
        QuoteVersion asked = latest();
        if (asked.status() != VersionStatus.IN_APPROVAL) {
            throw new IllegalStateException("nothing of " + number + " waits for approval");
        }
        ApprovalStep step = asked.approval().waiting().orElseThrow();
        Approval escalated = asked.approval().escalate(to.approver(), to.people(), acting.at());
        return new Change<>(replaceLatest(asked.with(VersionStatus.IN_APPROVAL, escalated, null)),
                List.of(new ApprovalEscalated(tenant, id, number, asked.number(), step.name(), to.people(),
                        acting.user(), acting.at())),
                List.of(AuditEntry.of(acting, ref(), "v" + asked.number() + " " + step.name(), step.approver(),
                        to.approver(), "waited too long for a decision")));
    }

    /** The approved latest version sent to the customer: frozen from now on. */
    public Change<Quote> send(LocalDate today, Acting acting) {
        QuoteVersion latest = latest();
        switch (latest.status()) {
            case APPROVED -> { }
            case DRAFT -> throw violation("version", "version " + latest.number()
                    + " is a draft: submit it for approval first", NOT_APPROVED);
            case IN_APPROVAL -> throw violation("version", "version " + latest.number() + " waits for the "
                    + latest.approval().waiting().map(ApprovalStep::name).orElse("") + " approval",
                    AWAITING_APPROVAL);
            case REJECTED -> throw violation("version", "version " + latest.number()
                    + " was rejected; change it to make a new version", NOT_APPROVED);
            default -> throw violation("version", "version " + latest.number() + " is " + name(latest.status()),
                    FROZEN);
        }
        if (latest.terms().expiredOn(today)) {
            throw violation("terms.validUntil", "the offer ended on " + latest.terms().validUntil(), EXPIRED);
        }
        QuoteTotals totals = latest.totals(currency);
        return new Change<>(replaceLatest(latest.with(VersionStatus.SENT, latest.approval(), acting.at())),
                List.of(new QuoteSent(tenant, id, number, deal, latest.number(), totals.net(),
                        latest.terms().validUntil(), acting.user(), acting.at())),
                List.of(AuditEntry.of(acting, ref(), "v" + latest.number(), "approved", "sent", null)));
    }

    /** The customer took a version that was sent (not necessarily the latest) while its offer stood. */
    public Change<Quote> accept(int versionNumber, LocalDate today, Acting acting) {
        if (accepted().isPresent()) {
            throw violation("version", "version " + accepted().get().number() + " was accepted already", FROZEN);
        }
        QuoteVersion taken = version(versionNumber).orElseThrow(() -> violation("version", number
                + " has no version " + versionNumber, Violation.INVALID));
        if (taken.status() != VersionStatus.SENT) {
            throw violation("version", "version " + versionNumber + " is " + name(taken.status())
                    + "; only a version sent to the customer can be accepted", NOT_SENT);
        }
        if (taken.terms().expiredOn(today)) {
            throw violation("version", "the offer of version " + versionNumber + " ended on "
                    + taken.terms().validUntil() + "; send a new version", EXPIRED);
        }
        List<QuoteVersion> next = new ArrayList<>(versions);
        next.set(versionNumber - 1, taken.with(VersionStatus.ACCEPTED, taken.approval(), taken.sentAt()));
        return new Change<>(with(next), List.of(new QuoteAccepted(tenant, id, number, deal, versionNumber,
                taken.totals(currency).net(), acting.user(), acting.at())),
                List.of(AuditEntry.of(acting, ref(), "v" + versionNumber, "sent", "accepted", null)));
    }

    /** What changed from one version to another. */
    public QuoteDiff diff(int from, int to) {
        QuoteVersion a = version(from).orElseThrow(() -> violation("from", "no version " + from, Violation.INVALID));
        QuoteVersion b = version(to).orElseThrow(() -> violation("to", "no version " + to, Violation.INVALID));
        return QuoteDiff.between(a, b, currency);
    }

    public RecordRef ref() {
        return new RecordRef(RecordType.QUOTE, id.toString());
    }

    /** Who may never decide on the quote's approval: its owner and the latest version's maker. */
    public Set<UserId> owners() {
        return new java.util.HashSet<>(List.of(owner, latest().madeBy()));
    }

    public Quote withVersion(long newVersion) {
        return new Quote(tenant, id, newVersion, number, deal, owner, currency, versions, createdAt);
    }

    /** Who a step is assigned to: the approver as the policy names it, and the people that resolves to. */
    public record ApprovalAssignment(io.tenantcrm.core.approval.Approver approver, Set<UserId> people) {
        public ApprovalAssignment {
            Objects.requireNonNull(approver, "approver");
            people = Set.copyOf(people);
        }
    }

    private Quote with(List<QuoteVersion> next) {
        return new Quote(tenant, id, version, number, deal, owner, currency, next, createdAt);
    }

    private Quote replaceLatest(QuoteVersion replaced) {
        List<QuoteVersion> next = new ArrayList<>(versions);
        next.set(next.size() - 1, replaced);
        return with(next);
    }

    private QuoteApproved approved(QuoteVersion v, Acting acting) {
        return new QuoteApproved(tenant, id, number, deal, v.number(), v.totals(currency).net(), acting.user(),
                acting.at());
    }

    private ApprovalRequested requested(QuoteVersion v, ApprovalStep step, Acting acting) {
        return new ApprovalRequested(tenant, id, number, v.number(), step.name(), step.approvers(), acting.user(),
                acting.at());
    }

    private static String reasons(Approval approval) {
        return approval.steps().stream().map(s -> s.name() + ": " + s.reasons().stream()
                .map(io.tenantcrm.core.approval.ApprovalRule.Trigger::reason)
                .collect(java.util.stream.Collectors.joining(", "))).collect(java.util.stream.Collectors.joining("; "));
    }

    private static void check(List<QuoteLine> lines, QuoteTerms terms, Currency currency, LocalDate today) {
        List<Violation> problems = new ArrayList<>();
        if (lines == null || lines.isEmpty()) {
            problems.add(Violation.required("lines", "a quote needs at least one line"));
        } else {
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).currency().equals(currency)) {
                    problems.add(new Violation("lines[" + i + "].unitPrice", "must be in "
                            + currency.getCurrencyCode() + ", the quote's currency", MIXED_CURRENCIES));
                }
            }
        }
        if (terms.expiredOn(today)) {
            problems.add(new Violation("terms.validUntil", "must not be before today", EXPIRED));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
    }

    private static RuleViolationException violation(String field, String message, String code) {
        return new RuleViolationException(List.of(new Violation(field, message, code)));
    }

    private static String name(VersionStatus status) {
        return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
