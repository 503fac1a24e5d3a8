package io.tenantcrm.service.security;

import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.account.AccountRepository;
import io.tenantcrm.core.account.ContactId;
import io.tenantcrm.core.account.ContactRepository;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.deal.DealId;
import io.tenantcrm.core.deal.DealRepository;
import io.tenantcrm.core.lead.LeadId;
import io.tenantcrm.core.lead.LeadRepository;
import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The owner of a lead, deal or account, for visibility checks; a missing record (or a bad id) is "not found". */
@ApplicationScoped
public class RecordOwners {

    @Inject
    DealRepository deals;

    @Inject
    LeadRepository leads;

    @Inject
    AccountRepository accounts;

    @Inject
    ContactRepository contacts;

    /** Empty for an unassigned record. Runs inside the caller's transaction. */
    public Optional<UserId> ownerOf(TenantId tenant, RecordRef record) {
        String what = record.type().name().toLowerCase(Locale.ROOT);
        UUID id;
        try {
            id = UUID.fromString(record.id());
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(what, record.id());
        }
        NotFoundException missing = new NotFoundException(what, record.id());
        return switch (record.type()) {
            case DEAL -> Optional.ofNullable(deals.find(tenant, new DealId(id)).orElseThrow(() -> missing).owner());
            case LEAD -> Optional.ofNullable(leads.find(tenant, new LeadId(id)).orElseThrow(() -> missing).owner());
            case ACCOUNT -> Optional.ofNullable(accounts.find(tenant, new AccountId(id)).orElseThrow(() -> missing)
                    .owner());
            case CONTACT -> { // a contact is worked by whoever owns its account
                AccountId account = contacts.find(tenant, new ContactId(id)).orElseThrow(() -> missing).account();
                yield Optional.of(accounts.find(tenant, account).orElseThrow(() -> missing).owner());
            }
            default -> throw new IllegalArgumentException("records of type " + record.type() + " have no owner");
        };
    }
}
