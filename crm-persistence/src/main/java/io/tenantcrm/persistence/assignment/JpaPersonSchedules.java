package io.tenantcrm.persistence.assignment;

import io.tenantcrm.core.assignment.PersonSchedule;
import io.tenantcrm.core.assignment.PersonSchedules;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.persistence.tenancy.TenantScoped;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link PersonSchedules} on JPA. */
public class JpaPersonSchedules extends TenantScoped implements PersonSchedules {

    private final Clock clock;

    public JpaPersonSchedules(EntityManagers ems, Clock clock) {
        super(ems);
        this.clock = clock;
    }

    @Override
    public Map<UserId, PersonSchedule> of(TenantId tenant) {
        Map<UserId, PersonSchedule> schedules = new HashMap<>();
        em(tenant).createQuery("select s from PersonScheduleEntity s", PersonScheduleEntity.class).getResultStream()
                .forEach(row -> schedules.put(UserId.of(row.userId()), row.toDomain()));
        return schedules;
    }

    @Override
    public Optional<PersonSchedule> of(TenantId tenant, UserId person) {
        return Optional.ofNullable(em(tenant).find(PersonScheduleEntity.class, person.value()))
                .map(PersonScheduleEntity::toDomain);
    }

    @Override
    public void save(TenantId tenant, UserId person, PersonSchedule schedule) {
        EntityManager em = em(tenant);
        PersonScheduleEntity row = em.find(PersonScheduleEntity.class, person.value());
        if (row == null) {
            row = new PersonScheduleEntity(person.value());
            row.write(schedule, zoneOf(schedule), clock.instant());
            em.persist(row);
        } else {
            row.write(schedule, zoneOf(schedule), clock.instant());
        }
        em.flush();
    }

    private static ZoneId zoneOf(PersonSchedule schedule) {
        return schedule.workingHours() == null ? ZoneOffset.UTC : schedule.workingHours().zone();
    }
}
