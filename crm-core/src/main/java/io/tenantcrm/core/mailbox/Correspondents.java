package io.tenantcrm.core.mailbox;

import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.TenantId;

import java.util.Collection;
import java.util.Set;

/** Outbound port: the records an email with these addresses is about. */
public interface Correspondents {

    /**
     * Open leads with one of the addresses, contacts with one, the contacts' accounts and those accounts' open
     * deals; empty when the mail is with nobody the tenant knows.
     */
    Set<RecordRef> of(TenantId tenant, Collection<EmailAddress> addresses);
}
