package io.tenantcrm.core.assignment;

import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;

import java.util.Map;
import java.util.Optional;

/** Outbound port: the working hours and leave of a tenant's people. */
public interface PersonSchedules {

    Map<UserId, PersonSchedule> of(TenantId tenant);

    Optional<PersonSchedule> of(TenantId tenant, UserId person);

    void save(TenantId tenant, UserId person, PersonSchedule schedule);
}
