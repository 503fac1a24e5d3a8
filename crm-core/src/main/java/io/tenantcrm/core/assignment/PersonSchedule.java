package io.tenantcrm.core.assignment;

import io.tenantcrm.core.sla.BusinessHours;

import java.util.List;

/**
 * When one person works and when they are away: their own working hours (null: always, as far as assignment is
 * concerned) and their leave, read in the working hours' time zone.
 */
public record PersonSchedule(BusinessHours workingHours, List<Availability.Leave> leave) {

    public PersonSchedule {
        leave = List.copyOf(leave);
    }
}
