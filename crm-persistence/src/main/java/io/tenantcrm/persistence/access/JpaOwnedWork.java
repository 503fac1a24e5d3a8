package io.tenantcrm.persistence.access;

import io.tenantcrm.core.access.OwnedWork;
import io.tenantcrm.core.activity.TaskStatus;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.deal.DealStatus;
import io.tenantcrm.core.lead.LeadStatus;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.persistence.tenancy.TenantScoped;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** {@link OwnedWork} on JPA: four id-only queries on the owner indexes. */
public class JpaOwnedWork extends TenantScoped implements OwnedWork {

    public JpaOwnedWork(EntityManagers ems) {
        super(ems);
    }

    @Override
    public List<RecordRef> of(TenantId tenant, UserId owner) {
        EntityManager em = em(tenant);
        List<RecordRef> work = new ArrayList<>();
        ids(em, "select l.id from LeadEntity l where l.ownerId = :owner and l.status not in :closed",
                owner, List.of(LeadStatus.CONVERTED, LeadStatus.DISQUALIFIED))
                .forEach(id -> work.add(new RecordRef(RecordType.LEAD, id.toString())));
        ids(em, "select d.id from DealEntity d where d.ownerId = :owner and d.status not in :closed",
                owner, List.of(DealStatus.WON, DealStatus.LOST))
                .forEach(id -> work.add(new RecordRef(RecordType.DEAL, id.toString())));
        em.createQuery("select a.id from AccountEntity a where a.ownerId = :owner", UUID.class)
                .setParameter("owner", owner.value()).getResultStream()
                .forEach(id -> work.add(new RecordRef(RecordType.ACCOUNT, id.toString())));
        ids(em, "select t.id from TaskEntity t where t.ownerId = :owner and t.status not in :closed",
                owner, List.of(TaskStatus.DONE))
                .forEach(id -> work.add(new RecordRef(RecordType.TASK, id.toString())));
        return work;
    }

    private static List<UUID> ids(EntityManager em, String query, UserId owner, List<?> closed) {
        return em.createQuery(query, UUID.class).setParameter("owner", owner.value())
                .setParameter("closed", closed).getResultList();
    }
}
