package io.tenantcrm.persistence.activity;

import io.tenantcrm.core.activity.Task;
import io.tenantcrm.core.activity.TaskId;
import io.tenantcrm.core.activity.TaskRepository;
import io.tenantcrm.core.activity.TaskStatus;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.shared.Cursor;
import io.tenantcrm.core.shared.Page;
import io.tenantcrm.core.shared.PageRequest;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.persistence.tenancy.Keyset;
import io.tenantcrm.persistence.tenancy.TenantScoped;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link TaskRepository} on JPA. */
public class JpaTaskRepository extends TenantScoped implements TaskRepository {

    public JpaTaskRepository(EntityManagers ems) {
        super(ems);
    }

    @Override
    public Optional<Task> find(TenantId tenant, TaskId id) {
        return Optional.ofNullable(em(tenant).find(TaskEntity.class, id.value())).map(row -> row.toDomain(tenant));
    }

    @Override
    public Task add(Task task) {
        em(task.tenant()).persist(TaskEntity.from(task));
        return task.withVersion(1);
    }

    @Override
    public Task update(Task task) {
        return updateRow(task.tenant(), TaskEntity.class, task.id().value(), task, task.version(), "task " + task.id())
                .toDomain(task.tenant());
    }

    @Override
    public Page<Task> openTasksOf(TenantId tenant, UserId owner, PageRequest page) {
        return Keyset.page(em(tenant), "select t from TaskEntity t where t.ownerId = :owner and t.status = :open",
                Map.of("owner", owner.value(), "open", TaskStatus.OPEN), "t.due", "t.id", false, page,
                TaskEntity.class, row -> row.toDomain(tenant), task -> new Cursor(task.due(), task.id().value()));
    }

    @Override
    public List<Task> tasksAbout(TenantId tenant, RecordRef record) {
        return em(tenant).createQuery("select t from TaskEntity t where t.aboutType = :type and t.aboutId = :id"
                        + " order by t.due, t.id", TaskEntity.class)
                .setParameter("type", record.type())
                .setParameter("id", record.id())
                .getResultStream().map(row -> row.toDomain(tenant)).toList();
    }
}
