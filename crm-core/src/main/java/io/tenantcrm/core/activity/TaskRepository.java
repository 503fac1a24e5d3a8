package io.tenantcrm.core.activity;

import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.shared.Page;
import io.tenantcrm.core.shared.PageRequest;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;

import java.util.List;
import java.util.Optional;

/** Outbound port for tasks. */
public interface TaskRepository {

    Optional<Task> find(TenantId tenant, TaskId id);

    Task add(Task task);

    Task update(Task task);

    /** A seller's open tasks, soonest due first, keyset-paged. */
    Page<Task> openTasksOf(TenantId tenant, UserId owner, PageRequest page);

    List<Task> tasksAbout(TenantId tenant, RecordRef record);
}
