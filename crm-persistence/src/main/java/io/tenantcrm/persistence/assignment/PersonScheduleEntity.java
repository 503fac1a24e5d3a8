package io.tenantcrm.persistence.assignment;

import io.tenantcrm.core.assignment.Availability;
import io.tenantcrm.core.assignment.PersonSchedule;
import io.tenantcrm.core.sla.WeeklyHours;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Row of {@code person_schedule}: one person's working hours and leave. */
@Entity
@Table(name = "person_schedule")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class PersonScheduleEntity {

    @Id
    @Column(name = "user_id")
    private String userId;
    @Column(name = "time_zone")
    private String timeZone;
    @Column(name = "working_hours")
    private String workingHours;
    private String leave;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected PersonScheduleEntity() {
        // for JPA
    }

    PersonScheduleEntity(String userId) {
        this.userId = userId;
    }

    String userId() {
        return userId;
    }

    void write(PersonSchedule schedule, ZoneId zone, Instant at) {
        this.timeZone = zone.getId();
        this.workingHours = schedule.workingHours() == null ? null : WeeklyHours.format(schedule.workingHours());
        this.leave = schedule.leave().stream().map(l -> l.from() + ".." + l.to()).collect(Collectors.joining(","));
        this.updatedAt = at;
    }

    PersonSchedule toDomain() {
        ZoneId zone = ZoneId.of(timeZone);
        return new PersonSchedule(workingHours == null ? null : WeeklyHours.parse(workingHours, zone, Set.of()),
                leave.isBlank() ? java.util.List.of() : Arrays.stream(leave.split(",")).map(range -> {
                    String[] ends = range.split("\\.\\.");
                    return new Availability.Leave(LocalDate.parse(ends[0]), LocalDate.parse(ends[1]));
                }).toList());
    }
}
