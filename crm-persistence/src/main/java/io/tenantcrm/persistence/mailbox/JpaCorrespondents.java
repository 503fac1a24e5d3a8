package io.tenantcrm.persistence.mailbox;

import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.mailbox.Correspondents;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.persistence.tenancy.NativeSql;
import io.tenantcrm.persistence.tenancy.TenantScoped;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * {@link Correspondents} in one query over the email indexes of {@code lead} and {@code contact}: the open leads
 * (not converted, not disqualified) and the contacts with one of the addresses, the contacts' accounts, and the open
 * deals of those accounts.
 */
public class JpaCorrespondents extends TenantScoped implements Correspondents {

    public JpaCorrespondents(EntityManagers ems) {
        super(ems);
    }

    @Override
    public Set<RecordRef> of(TenantId tenant, Collection<EmailAddress> addresses) {
        Set<RecordRef> about = new LinkedHashSet<>();
        if (addresses.isEmpty()) {
            return about;
        }
        String[] emails = addresses.stream().map(EmailAddress::value).toArray(String[]::new);
        String list = "string_to_array(?2, chr(10))";
        for (Object row : NativeSql.of(em(tenant), "WITH people AS (SELECT id, account_id FROM contact"
                        + " WHERE tenant_id = ?1 AND email = ANY(" + list + "))"
                        + " SELECT 'LEAD', CAST(id AS varchar) FROM lead WHERE tenant_id = ?1 AND email = ANY(" + list
                        + ") AND status NOT IN ('CONVERTED', 'DISQUALIFIED')"
                        + " UNION ALL SELECT 'CONTACT', CAST(id AS varchar) FROM people"
                        + " UNION ALL SELECT DISTINCT 'ACCOUNT', CAST(account_id AS varchar) FROM people"
                        + " UNION ALL SELECT 'DEAL', CAST(d.id AS varchar) FROM deal d WHERE d.tenant_id = ?1"
                        + " AND d.status = 'OPEN' AND d.account_id IN (SELECT account_id FROM people)")
                .setParameter(1, tenant.value()).setParameter(2, String.join("\n", emails)).getResultList()) {
            Object[] columns = (Object[]) row;
            about.add(new RecordRef(RecordType.valueOf((String) columns[0]), (String) columns[1]));
        }
        return about;
    }
}
