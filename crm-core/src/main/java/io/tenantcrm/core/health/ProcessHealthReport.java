package io.tenantcrm.core.health;

import io.tenantcrm.core.account.Account;
import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.account.AccountRepository;
import io.tenantcrm.core.account.AccountTier;
import io.tenantcrm.core.activity.Activity;
import io.tenantcrm.core.activity.ActivityRepository;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.deal.DealQueries;
import io.tenantcrm.core.deal.StageHistory;
import io.tenantcrm.core.order.CollectionCases;
import io.tenantcrm.core.order.OrderRepository;
import io.tenantcrm.core.shared.CurrentUser;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UnitOfWork;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.TenantConfiguration;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Use case: the process-health index of a rep or a team over a period, read from the tenant's activities, stage
 * moves, A-tier accounts and collections in one transaction. Who may see whose index is the caller's concern (the
 * service lets a manager see their team, a rep themselves).
 */
public final class ProcessHealthReport {

    /** How far before the period a quote's feedback or a stage's age may reach. */
    static final Duration LOOK_BACK = Duration.ofDays(90);

    /** Where the index reads from. */
    public record Ports(ActivityRepository activities, AccountRepository accounts, DealQueries deals,
                        StageHistory history, OrderRepository orders, TenantConfiguration configuration) {

        public Ports {
            Objects.requireNonNull(activities, "activities");
            Objects.requireNonNull(accounts, "accounts");
            Objects.requireNonNull(deals, "deals");
            Objects.requireNonNull(history, "history");
            Objects.requireNonNull(orders, "orders");
            Objects.requireNonNull(configuration, "configuration");
        }
    }

    private final Ports ports;
    private final UnitOfWork unitOfWork;
    private final CurrentUser caller;

    public ProcessHealthReport(Ports ports, UnitOfWork unitOfWork, CurrentUser caller) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.caller = Objects.requireNonNull(caller, "caller");
    }

    /** The index of the given reps together over {@code [from, to)}, each signal with its value and points. */
    public ProcessHealthIndex of(Set<UserId> reps, Instant from, Instant to) {
        if (reps.isEmpty()) {
            throw new IllegalArgumentException("name at least one rep");
        }
        return unitOfWork.inTransaction(() -> {
            TenantId tenant = caller.tenant();
            Instant lookBack = from.minus(LOOK_BACK);
            List<Activity> touched = ports.activities().between(tenant, lookBack, to);
            Set<String> aTier = aTierAccounts(tenant, touched);
            ProcessHealth.Inputs inputs = new ProcessHealth.Inputs(touched,
                    activity -> activity.about().stream().anyMatch(r -> r.type() == RecordType.ACCOUNT
                            && aTier.contains(r.id())),
                    ports.deals().accountsOwnedByTier(tenant, AccountTier.A),
                    ports.history().between(tenant, lookBack, to),
                    CollectionCases.of(ports.orders().placedSince(tenant, CollectionCases.ordersSince(from)),
                            touched, ports.configuration().sla(tenant).hours().zone()));
            String subject = reps.stream().map(UserId::value).sorted().collect(Collectors.joining(","));
            return new ProcessHealth(ports.configuration().processTargets(tenant), ports.configuration()
                    .pipeline(tenant)).index(subject, reps, from, to, inputs);
        });
    }

    /** The A-tier accounts among those the activities are about. */
    private Set<String> aTierAccounts(TenantId tenant, List<Activity> touched) {
        return touched.stream().flatMap(a -> a.about().stream()).filter(r -> r.type() == RecordType.ACCOUNT)
                .map(r -> r.id()).distinct()
                .filter(id -> ports.accounts().find(tenant, new AccountId(UUID.fromString(id)))
                        .map(Account::tier).filter(AccountTier.A::equals).isPresent())
                .collect(Collectors.toSet());
    }
}
