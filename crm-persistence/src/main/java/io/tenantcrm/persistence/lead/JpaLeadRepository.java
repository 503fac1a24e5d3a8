package io.tenantcrm.persistence.lead;

import io.tenantcrm.core.dedupe.MatchKeys;
import io.tenantcrm.core.lead.Lead;
import io.tenantcrm.core.lead.LeadId;
import io.tenantcrm.core.lead.LeadQueries;
import io.tenantcrm.core.lead.LeadRepository;
import io.tenantcrm.core.lead.LeadStatus;
import io.tenantcrm.core.shared.Cursor;
import io.tenantcrm.core.shared.Page;
import io.tenantcrm.core.shared.PageRequest;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.persistence.dedupe.MatchKeyRows;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.persistence.tenancy.Keyset;
import io.tenantcrm.persistence.tenancy.TenantScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link LeadRepository} and {@link LeadQueries} on JPA. */
public class JpaLeadRepository extends TenantScoped implements LeadRepository, LeadQueries {

    public JpaLeadRepository(EntityManagers ems) {
        super(ems);
    }

    @Override
    public Optional<Lead> find(TenantId tenant, LeadId id) {
        return Optional.ofNullable(em(tenant).find(LeadEntity.class, id.value())).map(row -> row.toDomain(tenant));
    }

    @Override
    public Lead add(Lead lead) {
        EntityManager em = em(lead.tenant());
        em.persist(LeadEntity.from(lead));
        MatchKeyRows.replace(em, lead.tenant().value(), lead.ref(), null, indexed(lead));
        return lead.withVersion(1);
    }

    @Override
    public Lead update(Lead lead) {
        MatchKeys before = find(lead.tenant(), lead.id()).map(JpaLeadRepository::indexed).orElse(null);
        Lead updated = updateRow(lead.tenant(), LeadEntity.class, lead.id().value(), lead, lead.version(),
                "lead " + lead.id()).toDomain(lead.tenant());
        MatchKeyRows.replace(em(lead.tenant()), lead.tenant().value(), lead.ref(), before, indexed(updated));
        return updated;
    }

    /** A converted lead lives on as its contact and account: only those are duplicate candidates then. */
    private static MatchKeys indexed(Lead lead) {
        return lead.status() == LeadStatus.CONVERTED ? null : lead.matchKeys();
    }

    @Override
    public Page<Lead> leadsOf(TenantId tenant, UserId owner, LeadStatus status, PageRequest page) {
        return Keyset.page(em(tenant), "select l from LeadEntity l where l.ownerId = :owner and l.status = :status",
                Map.of("owner", owner.value(), "status", status), "l.receivedAt", "l.id", false, page,
                LeadEntity.class, row -> row.toDomain(tenant), lead -> new Cursor(lead.receivedAt(), lead.id().value()));
    }

    @Override
    public List<Lead> receivedBetween(TenantId tenant, Instant from, Instant to) {
        return em(tenant).createQuery("select l from LeadEntity l where l.receivedAt >= :from and l.receivedAt < :to"
                        + " order by l.receivedAt, l.id", LeadEntity.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream().map(row -> row.toDomain(tenant)).toList();
    }

    @Override
    public Page<Lead> unassigned(TenantId tenant, PageRequest page) {
        return Keyset.page(em(tenant), "select l from LeadEntity l where l.ownerId is null"
                        + " and l.status not in :closed", Map.of("closed", List.of(LeadStatus.CONVERTED,
                        LeadStatus.DISQUALIFIED)),
                "l.receivedAt", "l.id", false, page, LeadEntity.class, row -> row.toDomain(tenant),
                lead -> new Cursor(lead.receivedAt(), lead.id().value()));
    }
}
