package io.tenantcrm.persistence.activity;

import io.tenantcrm.core.activity.Task;
import io.tenantcrm.core.activity.TaskId;
import io.tenantcrm.core.activity.TaskStatus;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.persistence.mapping.WordingColumn;
import io.tenantcrm.persistence.tenancy.VersionedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.time.Instant;
import java.util.UUID;

/** Row of {@code task}. */
@Entity
@Table(name = "task")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class TaskEntity implements VersionedRow<Task> {

    @Id
    private UUID id;
    @Version
    private long version;
    @Enumerated(EnumType.STRING)
    @Column(name = "about_type")
    private RecordType aboutType;
    @Column(name = "about_id")
    private String aboutId;
    private String title;
    private Instant due;
    @Column(name = "owner_id")
    private String ownerId;
    @Enumerated(EnumType.STRING)
    private TaskStatus status;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;
    @Column(name = "done_at")
    private Instant doneAt;
    /** The CRM's own wording of the title ({@link WordingColumn}), null for a title a person wrote. */
    private String wording;

    protected TaskEntity() {
        // for JPA
    }

    public static TaskEntity from(Task task) {
        TaskEntity row = new TaskEntity();
        row.id = task.id().value();
        row.createdAt = task.createdAt();
        row.copy(task);
        return row;
    }

    @Override
    public void copy(Task task) {
        aboutType = task.about().type();
        aboutId = task.about().id();
        title = task.title();
        due = task.due();
        ownerId = task.owner().value();
        status = task.status();
        doneAt = task.doneAt();
        wording = WordingColumn.write(task.wording());
    }

    public Task toDomain(TenantId tenant) {
        return new Task(tenant, new TaskId(id), version, new RecordRef(aboutType, aboutId), title, due,
                UserId.of(ownerId), status, createdAt, doneAt, WordingColumn.read(wording, "a task's wording"));
    }

    @Override
    public long version() {
        return version;
    }
}
