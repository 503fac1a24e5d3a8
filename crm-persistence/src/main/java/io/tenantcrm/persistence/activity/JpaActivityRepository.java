package io.tenantcrm.persistence.activity;

import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.activity.Activity;
import io.tenantcrm.core.activity.ActivityId;
import io.tenantcrm.core.activity.ActivityRepository;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
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

    @Override
    public Page<Activity> rolledUpTimelineOf(TenantId tenant, AccountId account, PageRequest page) {
        EntityManager em = em(tenant);
        UUID id = account.value();
        Page<ActivityEntity> rows = Keyset.page(em, "select a from ActivityEntity a where a.id in"
                        + " (select l.activityId from ActivityLinkEntity l where"
                        + " (l.recordType = :account and l.recordId = :id)"
                        + " or (l.recordType = :contact and l.recordId in :contacts)"
                        + " or (l.recordType = :deal and l.recordId in :deals)"
                        + " or (l.recordType = :lead and l.recordId in :leads))",
                Map.of("account", RecordType.ACCOUNT, "id", id.toString(),
                        "contact", RecordType.CONTACT, "contacts", ids(em, "select c.id from ContactEntity c"
                                + " where c.accountId = :account", id),
                        "deal", RecordType.DEAL, "deals", ids(em, "select d.id from DealEntity d"
                                + " where d.accountId = :account", id),
                        "lead", RecordType.LEAD, "leads", ids(em, "select l.id from LeadEntity l"
                                + " where l.convertedAccountId = :account", id)),
                "a.occurredAt", "a.id", true, page, ActivityEntity.class, row -> row,
                row -> new Cursor(row.occurredAt(), row.id()));
        Map<UUID, List<RecordRef>> links = linksOf(em, rows.items().stream().map(ActivityEntity::id).toList());
        return new Page<>(rows.items().stream()
                .map(row -> row.toDomain(tenant, links.getOrDefault(row.id(), List.of()))).toList(), rows.next());
    }

    /** The ids a query finds, as the link table holds them; never empty (an empty IN list is not SQL). */
    private static List<String> ids(EntityManager em, String query, UUID account) {
        List<String> ids = em.createQuery(query, UUID.class).setParameter("account", account).getResultStream()
                .map(UUID::toString).toList();
        return ids.isEmpty() ? List.of("-") : ids;
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
