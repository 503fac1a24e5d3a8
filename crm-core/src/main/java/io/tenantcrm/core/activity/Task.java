package io.tenantcrm.core.activity;

import io.tenantcrm.core.audit.AuditEntry;
import io.tenantcrm.core.audit.Change;
import io.tenantcrm.core.audit.OwnerChanged;
import io.tenantcrm.core.audit.Reasons;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.pipeline.TaskTemplate;
import io.tenantcrm.core.shared.Acting;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.shared.Wording;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something to do about a record, by someone, by a time. Invariants: it has a title, an owner and a due time; a
 * done task knows when it was done and cannot be done twice. A task the CRM gave itself (an SLA reminder, a
 * payment to chase) also carries its title as a code and values, so a screen can say it in the owner's language.
 */
public record Task(TenantId tenant, TaskId id, long version, RecordRef about, String title, Instant due,
                   UserId owner, TaskStatus status, Instant createdAt, Instant doneAt, Wording wording) {

    public static final int MAX_TITLE = 200;

    public Task {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(about, "about");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        if (title == null || title.isBlank()) {
            throw new RuleViolationException("title", "a task needs a title");
        }
        if (title.length() > MAX_TITLE) {
            throw new RuleViolationException("title", "must be at most " + MAX_TITLE + " characters");
        }
        if ((status == TaskStatus.DONE) != (doneAt != null)) {
            throw new IllegalArgumentException("a task has a done time exactly when it is done");
        }
    }

    /** A task whose title a person wrote. */
    public Task(TenantId tenant, TaskId id, long version, RecordRef about, String title, Instant due,
                UserId owner, TaskStatus status, Instant createdAt, Instant doneAt) {
        this(tenant, id, version, about, title, due, owner, status, createdAt, doneAt, null);
    }

    public static Task create(Acting acting, RecordRef about, String title, Instant due, UserId owner) {
        return new Task(acting.tenant(), TaskId.newId(), 0, about, title, due, owner, TaskStatus.OPEN, acting.at(),
                null);
    }

    /** The same task with the code and values of its title (before it is stored). */
    public Task saying(Wording said) {
        return new Task(tenant, id, version, about, title, due, owner, status, createdAt, doneAt, said);
    }

    /** The task a stage template gives a deal's owner when the deal enters the stage. */
    public static Task fromTemplate(TaskTemplate template, Acting acting, RecordRef deal, UserId owner) {
        return create(acting, deal, template.title(), acting.at().plus(template.dueAfterEntry()), owner);
    }

    public Task complete(Acting acting) {
        if (status == TaskStatus.DONE) {
            throw new RuleViolationException("status", "the task is already done");
        }
        return new Task(tenant, id, version, about, title, due, owner, TaskStatus.DONE, createdAt, acting.at(),
                wording);
    }

    /** Hands an open task to someone else, with the reason (someone leaves, a territory moves). */
    public Change<Task> reassign(UserId newOwner, String reason, Acting acting) {
        String why = Reasons.require("reason", reason);
        if (status == TaskStatus.DONE) {
            throw new RuleViolationException("status", "a done task stays with who did it");
        }
        if (newOwner.equals(owner)) {
            throw new RuleViolationException("owner", "the task already belongs to " + owner);
        }
        Task handed = new Task(tenant, id, version, about, title, due, newOwner, status, createdAt, doneAt,
                wording);
        return new Change<>(handed, List.of(new OwnerChanged(tenant, ref(), owner, newOwner, why, acting.user(),
                acting.at())), List.of(AuditEntry.of(acting, ref(), "owner", owner, newOwner, why)));
    }

    public boolean isOverdue(Instant now) {
        return status == TaskStatus.OPEN && due.isBefore(now);
    }

    public Optional<Instant> doneTime() {
        return Optional.ofNullable(doneAt);
    }

    public RecordRef ref() {
        return new RecordRef(RecordType.TASK, id.toString());
    }

    /** The same record at another version: what a repository hands back after storing it. */
    public Task withVersion(long newVersion) {
        return new Task(tenant, id, newVersion, about, title, due, owner, status, createdAt, doneAt, wording);
    }
}
