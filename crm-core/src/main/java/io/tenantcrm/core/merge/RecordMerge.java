package io.tenantcrm.core.merge;

import io.tenantcrm.core.account.Account;
import io.tenantcrm.core.account.AccountEdit;
import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.account.AccountRepository;
import io.tenantcrm.core.account.Contact;
import io.tenantcrm.core.account.ContactId;
import io.tenantcrm.core.account.ContactRepository;
import io.tenantcrm.core.audit.AuditEntry;
import io.tenantcrm.core.audit.AuditLog;
import io.tenantcrm.core.audit.Change;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.audit.Reasons;
import io.tenantcrm.core.lead.ContactDetails;
import io.tenantcrm.core.lead.Lead;
import io.tenantcrm.core.lead.LeadId;
import io.tenantcrm.core.lead.LeadRepository;
import io.tenantcrm.core.lead.LeadStatus;
import io.tenantcrm.core.shared.Acting;
import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.TenantId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import static io.tenantcrm.core.merge.Survivorship.MOST_COMPLETE;
import static io.tenantcrm.core.merge.Survivorship.NEWEST_NON_EMPTY;

/**
 * Use case: two records that are one customer become one, and can become two again. Each field keeps one value
 * by its rule: names and messages the most complete, everything else the newest non-empty, unless the user
 * chose; the survivor keeps its id, owner and status; everything pointing to the merged record (activities,
 * tasks, deals, contacts, shares, timers) points to the survivor; the merged record is kept as a tombstone. An
 * unmerge restores both records and points back exactly what the merge moved, as long as the survivor has not
 * changed since.
 */
public final class RecordMerge {

    private final LeadRepository leads;
    private final AccountRepository accounts;
    private final ContactRepository contacts;
    private final AuditLog auditLog;
    private final MergeStore store;
    private final Recorder recorder;

    public RecordMerge(LeadRepository leads, AccountRepository accounts, ContactRepository contacts,
                       AuditLog auditLog, MergeStore store, Recorder recorder) {
        this.leads = Objects.requireNonNull(leads, "leads");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
        this.store = Objects.requireNonNull(store, "store");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
    }

    /**
     * @throws NotFoundException for a record the tenant does not have (a tombstone included)
     * @throws RuleViolationException for a converted lead, or a choice for a field the record does not have
     */
    public Merge merge(MergeRequest request) {
        return recorder.inTransaction(acting -> {
            String reason = Optional.ofNullable(Reasons.optional("reason", request.reason()))
                    .orElse("merged " + request.merged() + " into " + request.survivor());
            return switch (request.survivor().type()) {
                case ACCOUNT -> mergeAccounts(request, reason, acting);
                case CONTACT -> mergeContacts(request, reason, acting);
                case LEAD -> mergeLeads(request, reason, acting);
                default -> throw new IllegalStateException("checked by MergeRequest");
            };
        });
    }

    /**
     * Undoes a merge.
     *
     * @throws NotFoundException for a merge the tenant does not have
     * @throws RuleViolationException when it was undone already, or the survivor changed since
     */
    public Merge unmerge(MergeId id, String reason) {
        return recorder.inTransaction(acting -> {
            Merge merge = find(acting.tenant(), id);
            if (merge.undone()) {
                throw new RuleViolationException("merge", "was undone already, at " + merge.undoneAt());
            }
            String why = Optional.ofNullable(Reasons.optional("reason", reason)).orElse("merge undone");
            store.unfold(acting.tenant(), id, acting.user(), acting.at());
            recorder.keep(List.of(
                            AuditEntry.of(acting, merge.survivor(), "merge", "merged " + merge.merged(),
                                    "unmerged " + merge.merged(), why),
                            AuditEntry.of(acting, merge.merged(), "merge", "merged into " + merge.survivor(),
                                    "restored", why)),
                    List.of(new RecordsMerged(acting.tenant(), id, merge.survivor(), merge.merged(), true,
                            acting.user(), acting.at())));
            return find(acting.tenant(), id);
        });
    }

    public Merge find(TenantId tenant, MergeId id) {
        return store.find(tenant, id).orElseThrow(() -> new NotFoundException("merge", id));
    }

    private Merge mergeAccounts(MergeRequest request, String reason, Acting acting) {
        TenantId tenant = acting.tenant();
        Account survivor = accounts.find(tenant, new AccountId(uuid(request.survivor())))
                .orElseThrow(() -> new NotFoundException("account", request.survivor().id()));
        Account merged = accounts.find(tenant, new AccountId(uuid(request.merged())))
                .orElseThrow(() -> new NotFoundException("account", request.merged().id()));
        FieldPicker picker = picker(request, survivor.ref(), survivor.createdAt(), merged.ref(), merged.createdAt(),
                tenant);
        AccountEdit edit = new AccountEdit(
                picker.pick("name", MOST_COMPLETE, survivor.name(), merged.name()),
                picker.pick("tier", NEWEST_NON_EMPTY, survivor.tier(), merged.tier()),
                picker.pick("lifecycle", NEWEST_NON_EMPTY, survivor.lifecycle(), merged.lifecycle()),
                picker.pick("country", NEWEST_NON_EMPTY, survivor.country(), merged.country()),
                picker.pick("timeZone", NEWEST_NON_EMPTY, survivor.timeZone(), merged.timeZone()),
                picker.pick("language", NEWEST_NON_EMPTY, survivor.language(), merged.language()),
                picker.pick("tradeTerms", NEWEST_NON_EMPTY, survivor.tradeTerms(), merged.tradeTerms()),
                picker.pick("paymentPreference", NEWEST_NON_EMPTY, survivor.paymentPreference(),
                        merged.paymentPreference()),
                picker.pick("website", NEWEST_NON_EMPTY, survivor.website(), merged.website()));
        Change<Account> change = survivor.edit(edit, acting);
        return complete(picker.picks("account"), survivor.ref(), merged.ref(), change.audit(),
                () -> accounts.update(change.record()), reason, acting);
    }

    private Merge mergeContacts(MergeRequest request, String reason, Acting acting) {
        TenantId tenant = acting.tenant();
        Contact survivor = contacts.find(tenant, new ContactId(uuid(request.survivor())))
                .orElseThrow(() -> new NotFoundException("contact", request.survivor().id()));
        Contact merged = contacts.find(tenant, new ContactId(uuid(request.merged())))
                .orElseThrow(() -> new NotFoundException("contact", request.merged().id()));
        FieldPicker picker = picker(request, survivor.ref(), survivor.createdAt(), merged.ref(), merged.createdAt(),
                tenant);
        Change<Contact> change = survivor.withDetails(
                picker.pick("name", MOST_COMPLETE, survivor.name(), merged.name()),
                picker.pick("email", NEWEST_NON_EMPTY, survivor.email(), merged.email()),
                picker.pick("phone", NEWEST_NON_EMPTY, survivor.phone(), merged.phone()),
                picker.pick("role", NEWEST_NON_EMPTY, survivor.role(), merged.role()),
                picker.pick("jobTitle", NEWEST_NON_EMPTY, survivor.jobTitle(), merged.jobTitle()),
                reason, acting);
        return complete(picker.picks("contact"), survivor.ref(), merged.ref(), change.audit(),
                () -> contacts.update(change.record()), reason, acting);
    }

    private Merge mergeLeads(MergeRequest request, String reason, Acting acting) {
        TenantId tenant = acting.tenant();
        Lead survivor = leads.find(tenant, new LeadId(uuid(request.survivor())))
                .orElseThrow(() -> new NotFoundException("lead", request.survivor().id()));
        Lead merged = leads.find(tenant, new LeadId(uuid(request.merged())))
                .orElseThrow(() -> new NotFoundException("lead", request.merged().id()));
        for (Lead lead : List.of(survivor, merged)) {
            if (lead.status() == LeadStatus.CONVERTED) {
                throw new RuleViolationException(lead == survivor ? "survivor" : "merged",
                        "lead " + lead.id() + " is converted: merge its contact or account instead");
            }
        }
        FieldPicker picker = picker(request, survivor.ref(), survivor.createdAt(), merged.ref(), merged.createdAt(),
                tenant);
        ContactDetails s = survivor.contact();
        ContactDetails m = merged.contact();
        ContactDetails details = new ContactDetails(
                picker.pick("personName", MOST_COMPLETE, s.personName(), m.personName()),
                picker.pick("companyName", MOST_COMPLETE, s.companyName(), m.companyName()),
                picker.pick("email", NEWEST_NON_EMPTY, s.email(), m.email()),
                picker.pick("phone", NEWEST_NON_EMPTY, s.phone(), m.phone()),
                picker.pick("jobTitle", NEWEST_NON_EMPTY, s.jobTitle(), m.jobTitle()));
        Change<Lead> change = survivor.withDetails(details,
                picker.pick("country", NEWEST_NON_EMPTY, survivor.country(), merged.country()),
                picker.pick("productInterest", NEWEST_NON_EMPTY, survivor.productInterest(),
                        merged.productInterest()),
                picker.pick("message", MOST_COMPLETE, survivor.message(), merged.message()),
                reason, acting);
        return complete(picker.picks("lead"), survivor.ref(), merged.ref(), change.audit(),
                () -> leads.update(change.record()), reason, acting);
    }

    private FieldPicker picker(MergeRequest request, RecordRef survivor, Instant survivorCreated,
                               RecordRef merged, Instant mergedCreated, TenantId tenant) {
        return new FieldPicker(request.choices(), auditLog.historyOf(tenant, survivor), survivorCreated,
                auditLog.historyOf(tenant, merged), mergedCreated);
    }

    /** The store keeps both as they were and re-points, then the survivor takes its picked values. */
    private Merge complete(List<FieldPick> picks, RecordRef survivor, RecordRef merged, List<AuditEntry> changes,
                           Runnable updateSurvivor, String reason, Acting acting) {
        Merge merge = new Merge(MergeId.newId(), survivor, merged, picks, 0, reason, acting.user(), acting.at(),
                null, null);
        int repointed = store.fold(acting.tenant(), merge);
        updateSurvivor.run();
        store.settle(acting.tenant(), merge.id());
        List<AuditEntry> audit = new ArrayList<>();
        for (AuditEntry change : changes) { // every field the merge changed says why
            audit.add(new AuditEntry(change.tenant(), change.record(), change.field(), change.oldValue(),
                    change.newValue(), change.actor(), change.at(), reason));
        }
        audit.add(AuditEntry.of(acting, survivor, "merge", null, "merged " + merged, reason));
        audit.add(AuditEntry.of(acting, merged, "merge", null, "merged into " + survivor, reason));
        recorder.keep(audit, List.of(new RecordsMerged(acting.tenant(), merge.id(), survivor, merged, false,
                acting.user(), acting.at())));
        return merge.withRepointed(repointed);
    }

    private static UUID uuid(RecordRef ref) {
        try {
            return UUID.fromString(ref.id());
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(ref.type().name().toLowerCase(Locale.ROOT), ref.id());
        }
    }
}
