package io.tenantcrm.core.lead;

import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.account.ContactId;
import io.tenantcrm.core.audit.AuditEntry;
import io.tenantcrm.core.audit.Change;
import io.tenantcrm.core.audit.OwnerChanged;
import io.tenantcrm.core.audit.Reasons;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.deal.DealId;
import io.tenantcrm.core.dedupe.MatchKeys;
import io.tenantcrm.core.lead.LeadEvents.LeadConverted;
import io.tenantcrm.core.lead.LeadEvents.LeadReceived;
import io.tenantcrm.core.lead.LeadEvents.LeadStatusChanged;
import io.tenantcrm.core.shared.Acting;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.SourceChannel;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.shared.Wording;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An unqualified inquiry. Invariants: it has a source and the time it was received, names someone and says how to
 * reach them (see {@link LeadIntakePolicy}); status changes follow {@link LeadStatus#next()}; a disqualified lead
 * says why; a converted lead points to the account, contact and deal it became and changes no more.
 * {@code owner} is null until the lead is assigned.
 */
public record Lead(TenantId tenant, LeadId id, long version, SourceChannel source, String sourceDetail,
                   Instant receivedAt, ContactDetails contact, CountryCode country, String productInterest,
                   String message, List<Attachment> attachments, LeadStatus status, String statusReason,
                   UserId owner, Conversion conversion, Qualification qualification, Instant createdAt) {

    public static final int MAX_MESSAGE = 10_000;

    /** What a converted lead became. */
    public record Conversion(AccountId account, ContactId contact, DealId deal) {
    }

    public Lead {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        attachments = List.copyOf(attachments);
        qualification = qualification == null ? Qualification.unknown() : qualification;
        if (message != null && message.length() > MAX_MESSAGE) {
            throw new RuleViolationException("message", "must be at most " + MAX_MESSAGE + " characters");
        }
        if ((status == LeadStatus.CONVERTED) != (conversion != null)) {
            throw new IllegalArgumentException("a lead has a conversion exactly when it is converted");
        }
    }

    /** Takes an inquiry in, if the tenant's intake policy accepts it. */
    public static Change<Lead> receive(NewLead inquiry, LeadIntakePolicy policy, Acting acting) {
        policy.check(inquiry).orThrow();
        Instant receivedAt = inquiry.receivedAt() != null ? inquiry.receivedAt() : acting.at();
        if (receivedAt.isAfter(acting.at())) {
            throw new RuleViolationException("receivedAt", "an inquiry cannot arrive in the future");
        }
        Lead lead = new Lead(acting.tenant(), LeadId.newId(), 0, inquiry.source(), inquiry.sourceDetail(), receivedAt,
                inquiry.contact(), inquiry.country(), inquiry.productInterest(), inquiry.message(),
                inquiry.attachments(), LeadStatus.NEW, null, null, null, Qualification.unknown(), acting.at());
        return new Change<>(lead,
                List.of(new LeadReceived(acting.tenant(), lead.id, lead.source, receivedAt, acting.user(),
                        acting.at())),
                List.of(AuditEntry.of(acting, lead.ref(), "record", null, "received from " + lead.source, null)));
    }

    public Change<Lead> startWorking(Acting acting) {
        return moveTo(LeadStatus.WORKING, null, acting);
    }

    /** Not now, maybe later: the lead goes to the nurture queue. */
    public Change<Lead> nurture(String reason, Acting acting) {
        return moveTo(LeadStatus.NURTURE, Reasons.optional("reason", reason), acting);
    }

    public Change<Lead> qualify(Acting acting) {
        return moveTo(LeadStatus.QUALIFIED, null, acting);
    }

    public Change<Lead> disqualify(String reason, Acting acting) {
        return moveTo(LeadStatus.DISQUALIFIED, Reasons.require("reason", reason), acting);
    }

    /** Takes a disqualified or nurtured lead up again. */
    public Change<Lead> reopen(String reason, Acting acting) {
        return moveTo(LeadStatus.WORKING, Reasons.require("reason", reason), acting);
    }

    /**
     * Gives the lead to a seller. The reason explains the choice (an assignment rule's explanation, or a manager's
     * word) and is kept with the transfer.
     */
    public Change<Lead> assign(UserId newOwner, String reason, Acting acting) {
        return assign(newOwner, reason, List.of(), acting);
    }

    /**
     * Gives the lead to a seller for a reason the CRM worked out itself: the reason in English and, step by step,
     * as codes and values (an assignment rule's reasoning), so the history can say it in the reader's language.
     */
    public Change<Lead> assign(UserId newOwner, String reason, List<Wording> said, Acting acting) {
        Objects.requireNonNull(newOwner, "newOwner");
        String why = Reasons.require("reason", reason);
        if (newOwner.equals(owner)) {
            throw new RuleViolationException("owner", "the lead already belongs to " + owner);
        }
        requireNotConverted();
        Lead assigned = with(status, statusReason, newOwner, conversion);
        return new Change<>(assigned,
                List.of(new OwnerChanged(tenant, ref(), owner, newOwner, why, acting.user(), acting.at())),
                List.of(AuditEntry.of(acting, ref(), "owner", owner, newOwner, why).saying(said)));
    }

    /**
     * A seller takes a lead nobody owns for themselves, from the unassigned queue. Once someone owns it, it is
     * theirs until a manager reassigns it: two sellers tapping "take it" at once cannot both have it.
     */
    public Change<Lead> take(Acting acting) {
        if (owner != null) {
            throw new RuleViolationException("owner", "the lead already belongs to " + owner);
        }
        return assign(acting.user(), "taken from the unassigned queue", List.of(new Wording("taken-from-queue", Map.of())),
                acting);
    }

    /** Records what the seller learned about the inquiry (the lead score's inputs); each changed answer is audited. */
    public Change<Lead> recordQualification(Qualification answers, Acting acting) {
        Objects.requireNonNull(answers, "answers");
        requireNotConverted();
        Lead qualified = new Lead(tenant, id, version, source, sourceDetail, receivedAt, contact, country,
                productInterest, message, attachments, status, statusReason, owner, conversion, answers, createdAt);
        List<AuditEntry> audit = new ArrayList<>();
        Qualification before = qualification;
        diff(audit, acting, "qualification.needClarity", before.needClarity(), answers.needClarity());
        diff(audit, acting, "qualification.buyingStage", before.buyingStage(), answers.buyingStage());
        diff(audit, acting, "qualification.volume", before.volume(), answers.volume());
        diff(audit, acting, "qualification.frequency", before.frequency(), answers.frequency());
        diff(audit, acting, "qualification.requestedPaymentTerms", before.requestedPaymentTerms(),
                answers.requestedPaymentTerms());
        diff(audit, acting, "qualification.requestedTradeTerms", before.requestedTradeTerms(),
                answers.requestedTradeTerms());
        diff(audit, acting, "qualification.companyType", before.companyType(), answers.companyType());
        diff(audit, acting, "qualification.productLine", before.productLine(), answers.productLine());
        return new Change<>(qualified, List.of(), audit);
    }

    /**
     * Corrects who asked and what about (a merge takes the better value of each field from a duplicate); each
     * changed field is audited with the reason.
     */
    public Change<Lead> withDetails(ContactDetails details, CountryCode newCountry, String newProductInterest,
                                    String newMessage, String reason, Acting acting) {
        Objects.requireNonNull(details, "details");
        requireNotConverted();
        Lead corrected = new Lead(tenant, id, version, source, sourceDetail, receivedAt, details, newCountry,
                newProductInterest, newMessage, attachments, status, statusReason, owner, conversion, qualification,
                createdAt);
        List<AuditEntry> audit = new ArrayList<>();
        diff(audit, acting, "personName", contact.personName(), details.personName(), reason);
        diff(audit, acting, "companyName", contact.companyName(), details.companyName(), reason);
        diff(audit, acting, "email", contact.email(), details.email(), reason);
        diff(audit, acting, "phone", contact.phone(), details.phone(), reason);
        diff(audit, acting, "jobTitle", contact.jobTitle(), details.jobTitle(), reason);
        diff(audit, acting, "country", country, newCountry, reason);
        diff(audit, acting, "productInterest", productInterest, newProductInterest, reason);
        diff(audit, acting, "message", message, newMessage, reason);
        return new Change<>(corrected, List.of(), audit);
    }

    private void diff(List<AuditEntry> audit, Acting acting, String field, Object before, Object after) {
        diff(audit, acting, field, before, after, null);
    }

    private void diff(List<AuditEntry> audit, Acting acting, String field, Object before, Object after,
                      String reason) {
        if (!Objects.equals(before, after)) {
            audit.add(AuditEntry.of(acting, ref(), field, before, after, reason));
        }
    }

    /** Marks the lead as converted into these records; see {@link LeadConversion}. */
    Change<Lead> convertedInto(Conversion into, Acting acting) {
        if (!status.canMoveTo(LeadStatus.CONVERTED)) {
            throw new RuleViolationException("status", "a " + name(status) + " lead cannot be converted");
        }
        Lead converted = with(LeadStatus.CONVERTED, null, owner, into);
        return new Change<>(converted,
                List.of(new LeadStatusChanged(tenant, id, status, LeadStatus.CONVERTED, null, acting.user(),
                                acting.at()),
                        new LeadConverted(tenant, id, into.account(), into.contact(), into.deal(), acting.user(),
                                acting.at())),
                List.of(AuditEntry.of(acting, ref(), "status", status, LeadStatus.CONVERTED, null)));
    }

    private Change<Lead> moveTo(LeadStatus target, String reason, Acting acting) {
        if (!status.canMoveTo(target)) {
            throw new RuleViolationException("status", "a " + name(status) + " lead cannot become " + name(target));
        }
        Lead moved = with(target, reason, owner, conversion);
        return new Change<>(moved,
                List.of(new LeadStatusChanged(tenant, id, status, target, reason, acting.user(), acting.at())),
                List.of(AuditEntry.of(acting, ref(), "status", status, target, reason)));
    }

    private void requireNotConverted() {
        if (status == LeadStatus.CONVERTED) {
            throw new RuleViolationException("status", "a converted lead changes no more; work its deal instead");
        }
    }

    private Lead with(LeadStatus newStatus, String reason, UserId newOwner, Conversion into) {
        return new Lead(tenant, id, version, source, sourceDetail, receivedAt, contact, country, productInterest,
                message, attachments, newStatus, reason, newOwner, into, qualification, createdAt);
    }

    private static String name(LeadStatus status) {
        return status.name().toLowerCase(java.util.Locale.ROOT);
    }

    public RecordRef ref() {
        return new RecordRef(RecordType.LEAD, id.toString());
    }

    /** What the lead is recognised by when looking for duplicates. */
    public MatchKeys matchKeys() {
        return MatchKeys.of(contact.personName(), contact.email(), contact.phone(), contact.companyName(), null,
                country);
    }

    /** The same record at another version: what a repository hands back after storing it. */
    public Lead withVersion(long newVersion) {
        return new Lead(tenant, id, newVersion, source, sourceDetail, receivedAt, contact, country, productInterest,
                message, attachments, status, statusReason, owner, conversion, qualification, createdAt);
    }
}
