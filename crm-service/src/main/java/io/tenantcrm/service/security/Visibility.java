package io.tenantcrm.service.security;

import io.tenantcrm.core.access.RecordScope;
import io.tenantcrm.core.access.RecordShares;
import io.tenantcrm.core.access.SalesTeams;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.shared.UnitOfWork;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.service.api.Inputs;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.Locale;

/**
 * Who may see and work a record inside the tenant, for this request: the caller's {@link RecordScope} (admin the
 * tenant, manager the team, rep their own, everyone the unassigned queue) widened by records shared with them. A
 * record the caller may not see answers 404, like one that does not exist.
 */
@RequestScoped
public class Visibility {

    @Inject
    CallerContext caller;

    @Inject
    SalesTeams teams;

    @Inject
    RecordShares shares;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    RecordOwners owners;

    private RecordScope scope;

    /** The caller's scope by role and team (the team is read once per request, when first needed). */
    public RecordScope scope() {
        if (scope == null) {
            scope = RecordScope.of(caller.user(), caller.roles(),
                    () -> unitOfWork.inTransaction(() -> teams.ledBy(caller.tenant(), caller.user())));
        }
        return scope;
    }

    public boolean canSee(RecordType type, String id, UserId owner) {
        return scope().covers(owner) || unitOfWork.inTransaction(
                () -> shares.isSharedWith(caller.tenant(), new RecordRef(type, id), caller.user()));
    }

    /** The record, if the caller may see it; otherwise "not found". */
    public <T> T require(RecordType type, Object id, UserId owner, T record) {
        if (!canSee(type, String.valueOf(id), owner)) {
            throw new NotFoundException(type.name().toLowerCase(Locale.ROOT), id);
        }
        return record;
    }

    /** Looks the record's owner up and answers "not found" unless the caller may see it. */
    public void requireVisible(RecordRef record) {
        unitOfWork.inTransaction(() -> {
            UserId owner = owners.ownerOf(caller.tenant(), record).orElse(null);
            return require(record.type(), record.id(), owner, record);
        });
    }

    /**
     * The owner whose list the caller asks for: themselves when none is named, else someone in their scope
     * (a manager their team, an admin anyone); anyone else is refused, whether they exist or not.
     */
    public UserId ownerToList(String owner, String what) {
        if (owner == null || owner.isBlank()) {
            return caller.user();
        }
        UserId asked = Inputs.userId(owner, "owner");
        if (!scope().covers(asked)) {
            throw new jakarta.ws.rs.ForbiddenException("you see the " + what + " of your own team only");
        }
        return asked;
    }

    /** Only those who work the record through their role share it on (not someone it was shared with). */
    public boolean canShare(UserId owner) {
        return scope().covers(owner);
    }
}
