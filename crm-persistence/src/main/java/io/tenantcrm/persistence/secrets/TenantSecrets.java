package io.tenantcrm.persistence.secrets;

import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.persistence.tenancy.NativeSql;
import io.tenantcrm.persistence.tenancy.TenantScoped;

import javax.crypto.AEADBadTagException;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Seals and opens a tenant's secrets (webhook signing secrets, mailbox passwords) with the tenant's own data key,
 * made on first use and kept wrapped by the {@link MasterKey} in {@code tenant_data_key}, inside the tenant's walls.
 * Each secret is sealed for a purpose ({@code webhook:<id>}), bound into the ciphertext. Nothing here logs or
 * returns a secret but {@link #open}.
 */
public class TenantSecrets extends TenantScoped {

    private static final short KEY_VERSION = 1;

    private final MasterKey master;
    private final SecureRandom random;
    private final Clock clock;

    public TenantSecrets(EntityManagers ems, MasterKey master, SecureRandom random, Clock clock) {
        super(ems);
        this.master = Objects.requireNonNull(master, "master");
        this.random = Objects.requireNonNull(random, "random");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public String seal(TenantId tenant, String purpose, String secret) {
        return Sealing.seal(new SecretKeySpec(dataKey(tenant), "AES"), secret.getBytes(StandardCharsets.UTF_8),
                context(tenant, purpose), random);
    }

    /** @throws IllegalStateException when the text was not sealed for this tenant and purpose */
    public String open(TenantId tenant, String purpose, String sealed) {
        try {
            return new String(Sealing.open(new SecretKeySpec(dataKey(tenant), "AES"), sealed,
                    context(tenant, purpose)), StandardCharsets.UTF_8);
        } catch (AEADBadTagException | IllegalArgumentException e) {
            throw new IllegalStateException("a secret of tenant " + tenant + " for " + purpose
                    + " does not open: sealed for another record, tenant or master key");
        }
    }

    private static String context(TenantId tenant, String purpose) {
        return tenant.value() + "|" + purpose;
    }

    private byte[] dataKey(TenantId tenant) {
        String wrapped = stored(tenant);
        if (wrapped == null) {
            byte[] fresh = new byte[32];
            random.nextBytes(fresh);
            // two first uses at once: one insert wins, both then read the winner's key
            NativeSql.of(em(tenant), "INSERT INTO tenant_data_key (tenant_id, version, wrapped_key, created_at)"
                            + " VALUES (?1, ?2, ?3, CAST(?4 AS timestamptz)) ON CONFLICT DO NOTHING")
                    .setParameter(1, tenant.value()).setParameter(2, KEY_VERSION)
                    .setParameter(3, master.wrap(fresh, tenant, random))
                    .setParameter(4, clock.instant().toString()).executeUpdate();
            wrapped = stored(tenant);
        }
        try {
            return master.unwrap(wrapped, tenant);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("the data key of tenant " + tenant + " does not open with this "
                    + MasterKey.CONFIG_KEY + ": is it the key the tenant's secrets were sealed with?");
        }
    }

    private String stored(TenantId tenant) {
        List<?> rows = NativeSql.of(em(tenant), "SELECT wrapped_key FROM tenant_data_key WHERE tenant_id = ?1"
                        + " AND version = ?2")
                .setParameter(1, tenant.value()).setParameter(2, KEY_VERSION).getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }
}
