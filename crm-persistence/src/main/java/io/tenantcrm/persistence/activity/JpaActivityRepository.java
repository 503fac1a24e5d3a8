package io.tenantcrm.persistence.activity;

import io.tenantcrm.core.activity.Activity;
import io.tenantcrm.core.activity.ActivityId;
import io.tenantcrm.core.activity.ActivityRepository;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.persistence.tenancy.TenantScoped;
import io.tenantcrm.persistence.tenancy.Writes;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link ActivityRepository} on JPA: an activity row plus one link row per record it is about. */
public class JpaActivityRepository extends TenantScoped implements ActivityRepository {

    public JpaActivityRepository(EntityManagers ems) {
        super(ems);
    }

    @Override
    public Optional<Activity> find(TenantId tenant, ActivityId id) {
        EntityManager em = em(tenant);
        return Optional.ofNullable(em.find(ActivityEntity.class, id.value()))
                .map(row -> row.toDomain(tenant, linksOf(em, List.of(row.id())).getOrDefault(row.id(), List.of())));
    }

    @Override
    public Activity add(Activity activity) {
        EntityManager em = em(activity.tenant());
        em.persist(ActivityEntity.from(activity));
        for (RecordRef record : activity.about()) {
            em.persist(new ActivityLinkEntity(activity.id().value(), record));
        }
        return activity.withVersion(1);
    }

    /** What an activity is about does not change; only its text and facts do. */
    @Override
    public Activity update(Activity activity) {
        EntityManager em = em(activity.tenant());
        ActivityEntity row = em.find(ActivityEntity.class, activity.id().value());
        Writes.requireVersion(row, row == null ? -1 : row.version(), activity.version(),
                "activity " + activity.id());
        row.copy(activity);
        Writes.flush(em, "activity " + activity.id(), activity.version());
        return row.toDomain(activity.tenant(), activity.about());
    }

    @Override
    public List<Activity> timelineOf(TenantId tenant, RecordRef record) {
        EntityManager em = em(tenant);
        List<ActivityEntity> rows = em.createQuery("select a from ActivityEntity a where a.id in"
                        + " (select l.activityId from ActivityLinkEntity l where l.recordType = :type"
                        + " and l.recordId = :id) order by a.occurredAt desc, a.id", ActivityEntity.class)
                .setParameter("type", record.type())
                .setParameter("id", record.id())
                .getResultList();
        Map<UUID, List<RecordRef>> links = linksOf(em, rows.stream().map(ActivityEntity::id).toList());
        return rows.stream().map(row -> row.toDomain(tenant, links.getOrDefault(row.id(), List.of()))).toList();
    }

    private static Map<UUID, List<RecordRef>> linksOf(EntityManager em, List<UUID> activities) {
        Map<UUID, List<RecordRef>> links = new HashMap<>();
        if (activities.isEmpty()) {
            return links;
        }
        em.createQuery("select l from ActivityLinkEntity l where l.activityId in :ids", ActivityLinkEntity.class)
                .setParameter("ids", activities)
                .getResultStream()
                .forEach(link -> links.computeIfAbsent(link.activityId(), id -> new ArrayList<>()).add(link.record()));
        return links;
    }
}
