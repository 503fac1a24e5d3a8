package io.tenantcrm.persistence.activity;

import io.tenantcrm.core.activity.Activity;
import io.tenantcrm.core.activity.ActivityId;
import io.tenantcrm.core.activity.ActivityRepository;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.shared.Cursor;
import io.tenantcrm.core.shared.Page;
import io.tenantcrm.core.shared.PageRequest;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.persistence.tenancy.Keyset;
import io.tenantcrm.persistence.tenancy.TenantScoped;
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
        return updateRow(activity.tenant(), ActivityEntity.class, activity.id().value(), activity, activity.version(),
                "activity " + activity.id()).toDomain(activity.tenant(), activity.about());
    }

    @Override
    public List<Activity> between(TenantId tenant, java.time.Instant from, java.time.Instant to) {
        EntityManager em = em(tenant);
        List<ActivityEntity> rows = em.createQuery("select a from ActivityEntity a where a.occurredAt >= :from"
                        + " and a.occurredAt < :to order by a.occurredAt, a.id", ActivityEntity.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        Map<UUID, List<RecordRef>> links = linksOf(em, rows.stream().map(ActivityEntity::id).toList());
        return rows.stream().map(row -> row.toDomain(tenant, links.getOrDefault(row.id(), List.of()))).toList();
    }

    @Override
    public Page<Activity> timelineOf(TenantId tenant, RecordRef record, PageRequest page) {
        EntityManager em = em(tenant);
        Page<ActivityEntity> rows = Keyset.page(em, "select a from ActivityEntity a where a.id in"
                        + " (select l.activityId from ActivityLinkEntity l where l.recordType = :type"
                        + " and l.recordId = :id)", Map.of("type", record.type(), "id", record.id()),
                "a.occurredAt", "a.id", true, page, ActivityEntity.class, row -> row,
                row -> new Cursor(row.occurredAt(), row.id()));
        Map<UUID, List<RecordRef>> links = linksOf(em, rows.items().stream().map(ActivityEntity::id).toList());
        return new Page<>(rows.items().stream()
                .map(row -> row.toDomain(tenant, links.getOrDefault(row.id(), List.of()))).toList(), rows.next());
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
