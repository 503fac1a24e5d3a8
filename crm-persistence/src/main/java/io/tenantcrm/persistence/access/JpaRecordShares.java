package io.tenantcrm.persistence.access;

import io.tenantcrm.core.access.RecordShare;
import io.tenantcrm.core.access.RecordShares;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.persistence.tenancy.TenantScoped;
import jakarta.persistence.EntityManager;

import java.util.Comparator;
import java.util.List;

/** {@link RecordShares} on JPA. */
public class JpaRecordShares extends TenantScoped implements RecordShares {

    public JpaRecordShares(EntityManagers ems) {
        super(ems);
    }

    @Override
    public boolean isSharedWith(TenantId tenant, RecordRef record, UserId user) {
        return em(tenant).find(RecordShareEntity.class, new RecordShareEntity.Key(record, user)) != null;
    }

    @Override
    public List<RecordShare> of(TenantId tenant, RecordRef record) {
        return em(tenant).createQuery("select s from RecordShareEntity s where s.recordType = :type"
                        + " and s.recordId = :id", RecordShareEntity.class)
                .setParameter("type", record.type()).setParameter("id", record.id())
                .getResultStream().map(RecordShareEntity::toShare)
                .sorted(Comparator.comparing(RecordShare::sharedAt).thenComparing(s -> s.with().value())).toList();
    }

    @Override
    public void add(TenantId tenant, RecordShare share) {
        EntityManager em = em(tenant);
        if (em.find(RecordShareEntity.class, new RecordShareEntity.Key(share.record(), share.with())) == null) {
            em.persist(new RecordShareEntity(share));
            em.flush();
        }
    }

    @Override
    public boolean remove(TenantId tenant, RecordRef record, UserId user) {
        EntityManager em = em(tenant);
        RecordShareEntity row = em.find(RecordShareEntity.class, new RecordShareEntity.Key(record, user));
        if (row == null) {
            return false;
        }
        em.remove(row);
        em.flush();
        return true;
    }

    @Override
    public void forget(TenantId tenant, UserId user) {
        em(tenant).createQuery("delete from RecordShareEntity s where s.userId = :user")
                .setParameter("user", user.value()).executeUpdate();
    }
}
