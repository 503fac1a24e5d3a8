package io.tenantcrm.core.assignment;

import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.shared.Wording;
import io.tenantcrm.core.sla.BusinessHours;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who can take a lead at a moment: not deactivated, inside their working hours (when they have their own), not
 * on leave. Anyone not mentioned is available.
 */
public record Availability(Set<UserId> inactive, Map<UserId, BusinessHours> workingHours,
                           Map<UserId, List<Leave>> leave) {

    /** Days away, first and last included. */
    public record Leave(LocalDate from, LocalDate to) {
        public Leave {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("leave ends on or after it starts");
            }
        }
    }

    public Availability {
        inactive = Set.copyOf(inactive);
        workingHours = Map.copyOf(workingHours);
        leave = Map.copyOf(leave);
    }

    /** Who is deactivated, and everyone's schedule. */
    public static Availability of(Set<UserId> inactive, Map<UserId, PersonSchedule> schedules) {
        Map<UserId, BusinessHours> hours = new HashMap<>();
        Map<UserId, List<Leave>> away = new HashMap<>();
        schedules.forEach((person, schedule) -> {
            if (schedule.workingHours() != null) {
                hours.put(person, schedule.workingHours());
            }
            away.put(person, schedule.leave());
        });
        return new Availability(inactive, hours, away);
    }

    public static Availability everyone() {
        return new Availability(Set.of(), Map.of(), Map.of());
    }

    /** Why the person cannot take a lead now, or empty if they can. */
    public Optional<Wording> whyUnavailable(UserId user, Instant at) {
        if (inactive.contains(user)) {
            return Optional.of(AssignmentSteps.deactivated(user));
        }
        BusinessHours hours = workingHours.get(user);
        // leave days are read in the person's own zone when known
        LocalDate today = at.atZone(hours == null ? ZoneOffset.UTC : hours.zone()).toLocalDate();
        for (Leave away : leave.getOrDefault(user, List.of())) {
            if (!today.isBefore(away.from()) && !today.isAfter(away.to())) {
                return Optional.of(AssignmentSteps.onLeave(user, away.to()));
            }
        }
        if (hours != null && !hours.isOpen(at)) {
            return Optional.of(AssignmentSteps.outsideHours(user));
        }
        return Optional.empty();
    }
}
