package io.tenantcrm.core.access;

import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.shared.CurrentUser;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.UnitOfWork;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.IdentityDirectory;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Use case: someone who works a record through their role (its owner, their manager, an admin) shares it with a
 * colleague of the tenant. The caller checks that the acting person may share the record before calling.
 */
public final class Sharing {

    private final IdentityDirectory directory;
    private final RecordShares shares;
    private final UnitOfWork unitOfWork;
    private final CurrentUser caller;
    private final Clock clock;

    public Sharing(IdentityDirectory directory, RecordShares shares, UnitOfWork unitOfWork, CurrentUser caller,
                   Clock clock) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.shares = Objects.requireNonNull(shares, "shares");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.caller = Objects.requireNonNull(caller, "caller");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public List<RecordShare> sharesOf(RecordRef record) {
        return unitOfWork.inTransaction(() -> shares.of(caller.tenant(), record));
    }

    public RecordShare share(RecordRef record, UserId with) {
        var person = directory.member(caller.tenant(), with);
        if (person.isEmpty() || !person.get().enabled()) {
            throw new RuleViolationException("user", "no active person " + with + " in this tenant");
        }
        if (with.equals(caller.user())) {
            throw new RuleViolationException("user", "you already work this record");
        }
        RecordShare share = new RecordShare(record, with, caller.user(), clock.instant());
        unitOfWork.inTransaction(() -> {
            shares.add(caller.tenant(), share);
            return null;
        });
        return share;
    }

    public boolean unshare(RecordRef record, UserId with) {
        return unitOfWork.inTransaction(() -> shares.remove(caller.tenant(), record, with));
    }
}
