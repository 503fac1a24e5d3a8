package io.tenantcrm.tenantadmin.platform;

import io.tenantcrm.core.shared.CurrentUser;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.IdentityDirectory;
import io.tenantcrm.core.tenant.TenantSignup;
import io.tenantcrm.persistence.pipeline.JpaPipelineRepository;
import io.tenantcrm.persistence.tenancy.LocalTransactions;
import io.tenantcrm.persistence.tenant.JpaTenantRepository;
import jakarta.persistence.EntityManagerFactory;

import java.time.Clock;

/**
 * {@link TenantSignup} wired outside a container, for operators' tools and the local stack: the registry and the
 * new tenant's rows through {@link LocalTransactions}, people through the given directory.
 */
public final class PlatformSignup {

    private PlatformSignup() {
    }

    public static TenantSignup wire(EntityManagerFactory units, IdentityDirectory directory, Clock clock) {
        Operator operator = new Operator();
        LocalTransactions transactions = new LocalTransactions(units, operator);
        return new TenantSignup(directory, new JpaTenantRepository(transactions),
                new JpaPipelineRepository(transactions), transactions, (tenant, work) -> {
                    TenantId before = operator.tenant;
                    operator.tenant = tenant;
                    try {
                        transactions.inTransaction(() -> {
                            work.run();
                            return null;
                        });
                    } finally {
                        operator.tenant = before;
                    }
                }, clock);
    }

    /** The platform operator acting; inside a new tenant's own rows it acts as that tenant. */
    private static final class Operator implements CurrentUser {
        private TenantId tenant = TenantId.of("platform");

        @Override
        public TenantId tenant() {
            return tenant;
        }

        @Override
        public UserId user() {
            return UserId.of("platform-signup");
        }
    }
}
