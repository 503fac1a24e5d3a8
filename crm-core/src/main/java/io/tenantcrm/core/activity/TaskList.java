package io.tenantcrm.core.activity;

import io.tenantcrm.core.audit.AuditEntry;
import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.shared.Page;
import io.tenantcrm.core.shared.PageRequest;
import io.tenantcrm.core.shared.UserId;

import java.util.List;
import java.util.Objects;

/** Use case: a seller's to-do list. */
public final class TaskList {

    private final TaskRepository tasks;
    private final Recorder recorder;

    public TaskList(TaskRepository tasks, Recorder recorder) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
    }

    /** The acting user's open tasks, soonest due first, a page at a time. */
    public Page<Task> mine(PageRequest page) {
        return recorder.inTransaction(acting -> tasks.openTasksOf(acting.tenant(), acting.user(), page));
    }

    public Task complete(TaskId id) {
        return recorder.inTransaction(acting -> {
            Task task = tasks.find(acting.tenant(), id).orElseThrow(() -> new NotFoundException("task", id));
            Task done = tasks.update(task.complete(acting));
            recorder.keep(List.of(AuditEntry.of(acting, done.ref(), "status", task.status(), done.status(), null)),
                    List.of());
            return done;
        });
    }

    public Task reassign(TaskId id, UserId owner, String reason) {
        return recorder.inTransaction(acting -> {
            Task task = tasks.find(acting.tenant(), id).orElseThrow(() -> new NotFoundException("task", id));
            var change = task.reassign(owner, reason, acting);
            Task saved = tasks.update(change.record());
            recorder.keep(change);
            return saved;
        });
    }
}
