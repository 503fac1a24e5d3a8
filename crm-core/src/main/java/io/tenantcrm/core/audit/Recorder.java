package io.tenantcrm.core.audit;

import io.tenantcrm.core.shared.Acting;
import io.tenantcrm.core.shared.CurrentUser;
import io.tenantcrm.core.shared.DomainEvent;
import io.tenantcrm.core.shared.EventPublisher;
import io.tenantcrm.core.shared.UnitOfWork;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * How every use case does its bookkeeping: it runs in one transaction, stamps who acts and when (from the current
 * user and the injected Clock), and keeps the audit entries and publishes the events its change produced.
 */
public final class Recorder {

    private final UnitOfWork unitOfWork;
    private final AuditLog auditLog;
    private final EventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    public Recorder(UnitOfWork unitOfWork, AuditLog auditLog, EventPublisher events, CurrentUser currentUser,
                    Clock clock) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
        this.events = Objects.requireNonNull(events, "events");
        this.currentUser = Objects.requireNonNull(currentUser, "currentUser");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Runs {@code work} in one transaction, handing it who acts and when. */
    public <T> T inTransaction(Function<Acting, T> work) {
        return unitOfWork.inTransaction(() -> work.apply(Acting.now(currentUser.tenant(), currentUser.user(), clock)));
    }

    public void keep(List<AuditEntry> audit, List<DomainEvent> published) {
        auditLog.append(audit);
        events.publish(published);
    }

    public void keep(Change<?> change) {
        keep(change.audit(), change.events());
    }

    public CurrentUser currentUser() {
        return currentUser;
    }
}
