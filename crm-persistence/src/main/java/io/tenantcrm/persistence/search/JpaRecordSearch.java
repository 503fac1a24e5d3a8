package io.tenantcrm.persistence.search;

import io.tenantcrm.core.access.RecordScope;
import io.tenantcrm.core.lead.LeadStatus;
import io.tenantcrm.core.search.RecordSearch;
import io.tenantcrm.core.search.SearchHit;
import io.tenantcrm.core.search.SearchQuery;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.persistence.account.AccountEntity;
import io.tenantcrm.persistence.account.ContactEntity;
import io.tenantcrm.persistence.lead.LeadEntity;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.persistence.tenancy.TenantScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link RecordSearch} in PostgreSQL: case-insensitive substring matches (the user's % and _ taken literally), the
 * phone by its digits inside the stored E.164 number, and the scope in the WHERE clause (a contact through its
 * account's owner), each kind limited in the query.
 */
public class JpaRecordSearch extends TenantScoped implements RecordSearch {

    public JpaRecordSearch(EntityManagers ems) {
        super(ems);
    }

    @Override
    public List<SearchHit> find(TenantId tenant, SearchQuery query, RecordScope scope, int limit) {
        EntityManager em = em(tenant);
        String text = "%" + escape(query.text()) + "%";
        String digits = query.digits() == null ? null : "%" + query.digits() + "%";
        List<String> owners = scope.owners().stream().map(UserId::value).toList();
        String anyOwner = scope.wholeTenant() ? "" : " and a.ownerId in :owners";
        List<SearchHit> hits = new ArrayList<>();

        TypedQuery<AccountEntity> accounts = em.createQuery("select a from AccountEntity a"
                + " where lower(a.name) like :text escape '\\'" + anyOwner + " order by a.name", AccountEntity.class)
                .setParameter("text", text);
        within(accounts, scope, owners).setMaxResults(limit).getResultList()
                .forEach(row -> hits.add(SearchHit.of(row.toDomain(tenant))));

        TypedQuery<Object[]> contacts = em.createQuery("select c, a from ContactEntity c, AccountEntity a"
                + " where a.id = c.accountId and (lower(c.name) like :text escape '\\'"
                + " or lower(c.email) like :text escape '\\'" + (digits == null ? "" : " or c.phone like :digits")
                + ")" + anyOwner + " order by c.name", Object[].class).setParameter("text", text);
        if (digits != null) {
            contacts.setParameter("digits", digits);
        }
        within(contacts, scope, owners).setMaxResults(limit).getResultList().forEach(row -> hits.add(SearchHit.of(
                ((ContactEntity) row[0]).toDomain(tenant), ((AccountEntity) row[1]).toDomain(tenant))));

        TypedQuery<LeadEntity> leads = em.createQuery("select l from LeadEntity l where l.status <> :converted"
                + " and (lower(l.personName) like :text escape '\\' or lower(l.companyName) like :text escape '\\'"
                + " or lower(l.email) like :text escape '\\'" + (digits == null ? "" : " or l.phone like :digits") + ")"
                + (scope.wholeTenant() ? "" : " and (l.ownerId is null or l.ownerId in :owners)")
                + " order by l.receivedAt desc", LeadEntity.class)
                .setParameter("text", text).setParameter("converted", LeadStatus.CONVERTED);
        if (digits != null) {
            leads.setParameter("digits", digits);
        }
        within(leads, scope, owners).setMaxResults(limit).getResultList()
                .forEach(row -> hits.add(SearchHit.of(row.toDomain(tenant))));
        return hits;
    }

    private static <T> TypedQuery<T> within(TypedQuery<T> query, RecordScope scope, List<String> owners) {
        return scope.wholeTenant() ? query : query.setParameter("owners", owners);
    }

    /** The user's text with LIKE's wildcards and escape character taken literally. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
