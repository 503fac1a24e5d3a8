package io.tenantcrm.service.assignment;

import io.tenantcrm.core.assignment.AssignmentPolicies;
import io.tenantcrm.core.assignment.AssignmentPolicy;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.service.crm.PlatformTransactions;
import io.tenantcrm.service.tenant.TenantCache;
import io.tenantcrm.service.tenant.TenantChangeWatch;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Each tenant's assignment policy kept in memory: every lead intake asks for it (twice: is there a rule at all, and
 * which one applies), and it changes only when an admin saves a new one. Dropped when a change notice names the
 * tenant ({@link TenantChangeWatch}), and by this instance right after its own save commits.
 */
public final class KeptAssignmentPolicies implements AssignmentPolicies {

    /** How long a policy is trusted while change notices are not heard. */
    static final Duration UNHEARD_FRESH_FOR = Duration.ofSeconds(30);

    private final AssignmentPolicies stored;
    private final TransactionSynchronizationRegistry transactions;
    private final TenantCache<Optional<AssignmentPolicy>> kept;

    /** @param registry reads the asked tenant's policy in a transaction of its own, whoever is calling */
    public KeptAssignmentPolicies(AssignmentPolicies stored, PlatformTransactions registry, TenantChangeWatch watch,
                                  TransactionSynchronizationRegistry transactions) {
        this.stored = Objects.requireNonNull(stored, "stored");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.kept = watch.cache(tenant -> registry.inTenant(tenant, () -> stored.of(tenant)), UNHEARD_FRESH_FOR);
    }

    @Override
    public Optional<AssignmentPolicy> of(TenantId tenant) {
        return kept.get(tenant);
    }

    @Override
    public void save(TenantId tenant, AssignmentPolicy policy) {
        stored.save(tenant, policy);
        kept.changing(tenant, transactions);
    }
}
