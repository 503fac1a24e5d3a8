package io.tenantcrm.core.access;

import io.tenantcrm.core.Crm;
import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.activity.TaskId;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.deal.DealId;
import io.tenantcrm.core.lead.LeadId;
import io.tenantcrm.core.shared.CurrentUser;
import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.UnitOfWork;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.shared.Violation;
import io.tenantcrm.core.tenant.CrmRole;
import io.tenantcrm.core.tenant.IdentityDirectory;
import io.tenantcrm.core.tenant.UserAdministration;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Use case: someone leaves the tenant. First their work is handed over (open leads, open deals, accounts, open
 * tasks, each transfer audited with the reason), then they are removed: out of every team and share, and out of
 * the identity directory. Removal is refused while they still carry work, listing it, and for the last admin.
 */
public final class Offboarding {

    /** At most this many records are named in a refusal; the counts cover the rest. */
    static final int LISTED = 20;

    private final IdentityDirectory directory;
    private final OwnedWork work;
    private final SalesTeams teams;
    private final RecordShares shares;
    private final Crm crm;
    private final UnitOfWork unitOfWork;
    private final CurrentUser caller;

    public Offboarding(IdentityDirectory directory, OwnedWork work, SalesTeams teams, RecordShares shares, Crm crm,
                       UnitOfWork unitOfWork, CurrentUser caller) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.work = Objects.requireNonNull(work, "work");
        this.teams = Objects.requireNonNull(teams, "teams");
        this.shares = Objects.requireNonNull(shares, "shares");
        this.crm = Objects.requireNonNull(crm, "crm");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.caller = Objects.requireNonNull(caller, "caller");
    }

    /** How many records of each kind changed hands. */
    public record Handover(UserId from, UserId to, Map<RecordType, Integer> handedOver) {
        public Handover {
            handedOver = Map.copyOf(handedOver);
        }
    }

    /** Hands everything the person carries to a colleague who works in sales, in one transaction. */
    public Handover handOver(UserId from, UserId to, String reason) {
        requirePerson(from);
        IdentityDirectory.Person successor = directory.member(caller.tenant(), to)
                .orElseThrow(() -> new RuleViolationException("to", "no person " + to + " in this tenant"));
        if (!successor.enabled() || from.equals(to)
                || !(successor.roles().contains(CrmRole.SALES_REP) || successor.roles().contains(CrmRole.SALES_MANAGER))) {
            throw new RuleViolationException("to", "hand over to another active sales rep or manager");
        }
        return unitOfWork.inTransaction(() -> {
            Map<RecordType, Integer> counts = new EnumMap<>(RecordType.class);
            for (RecordRef record : work.of(caller.tenant(), from)) {
                UUID id = UUID.fromString(record.id());
                switch (record.type()) {
                    case LEAD -> crm.leadTriage().assign(new LeadId(id), to, reason);
                    case DEAL -> crm.deals().reassign(new DealId(id), to, reason);
                    case ACCOUNT -> crm.accounts().reassign(new AccountId(id), to, reason);
                    case TASK -> crm.tasks().reassign(new TaskId(id), to, reason);
                    default -> throw new IllegalStateException("no handover for " + record);
                }
                counts.merge(record.type(), 1, Integer::sum);
            }
            return new Handover(from, to, counts);
        });
    }

    /** Removes the person from the tenant; refused while they carry work or are its last active admin. */
    public void remove(UserId person) {
        IdentityDirectory.Person leaving = requirePerson(person);
        if (person.equals(caller.user())) {
            throw new RuleViolationException("user", "you cannot remove yourself; another admin can");
        }
        if (leaving.roles().contains(CrmRole.TENANT_ADMIN)) {
            new UserAdministration(directory, caller).requireAnotherActiveAdmin(person);
        }
        unitOfWork.inTransaction(() -> {
            List<RecordRef> carried = work.of(caller.tenant(), person);
            if (!carried.isEmpty()) {
                throw new RuleViolationException(refusal(carried));
            }
            teams.forget(caller.tenant(), person);
            shares.forget(caller.tenant(), person);
            // last, so a failing directory rolls the database part back with it
            directory.deleteUser(person);
            return null;
        });
    }

    private static List<Violation> refusal(List<RecordRef> carried) {
        Map<RecordType, Integer> counts = new EnumMap<>(RecordType.class);
        carried.forEach(r -> counts.merge(r.type(), 1, Integer::sum));
        List<Violation> violations = new ArrayList<>();
        violations.add(new Violation("openWork", "hand over first: " + counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(java.util.Locale.ROOT)
                        + (e.getValue() == 1 ? "" : "s"))
                .reduce((a, b) -> a + ", " + b).orElse("")));
        carried.stream().limit(LISTED).forEach(r -> violations.add(new Violation("openWork", r.toString())));
        return violations;
    }

    private IdentityDirectory.Person requirePerson(UserId user) {
        return directory.member(caller.tenant(), user).orElseThrow(() -> new NotFoundException("user", user));
    }
}
