package io.tenantcrm.persistence.tenant;

import io.tenantcrm.core.shared.SourceChannel;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.IntakeKey;
import io.tenantcrm.core.tenant.IntakeKeys;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.persistence.tenancy.NativeSql;
import io.tenantcrm.persistence.tenancy.TenantScoped;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link IntakeKeys} on the {@code intake_key} table. */
public class JpaIntakeKeys extends TenantScoped implements IntakeKeys {

    private static final String COLUMNS = "CAST(id AS varchar), name, channel, secret_hash, created_by, created_at,"
            + " revoked_by, revoked_at";

    public JpaIntakeKeys(EntityManagers ems) {
        super(ems);
    }

    @Override
    public void add(IntakeKey key) {
        NativeSql.of(em(key.tenant()), "INSERT INTO intake_key (tenant_id, id, name, channel, secret_hash, created_by,"
                        + " created_at) VALUES (?1, CAST(?2 AS uuid), ?3, ?4, ?5, ?6, CAST(?7 AS timestamptz))")
                .setParameter(1, key.tenant().value()).setParameter(2, key.id().toString())
                .setParameter(3, key.name()).setParameter(4, key.channel().name()).setParameter(5, key.secretHash())
                .setParameter(6, key.createdBy().value()).setParameter(7, key.createdAt().toString())
                .executeUpdate();
    }

    @Override
    public Optional<IntakeKey> find(TenantId tenant, UUID id) {
        List<?> rows = NativeSql.of(em(tenant), "SELECT " + COLUMNS + " FROM intake_key WHERE tenant_id = ?1"
                        + " AND id = CAST(?2 AS uuid)")
                .setParameter(1, tenant.value()).setParameter(2, id.toString()).getResultList();
        return rows.stream().findFirst().map(row -> key(tenant, (Object[]) row));
    }

    @Override
    public List<IntakeKey> of(TenantId tenant) {
        return NativeSql.of(em(tenant), "SELECT " + COLUMNS + " FROM intake_key WHERE tenant_id = ?1"
                        + " ORDER BY created_at DESC, id")
                .setParameter(1, tenant.value()).getResultList().stream()
                .map(row -> key(tenant, (Object[]) row)).toList();
    }

    @Override
    public void revoke(TenantId tenant, UUID id, UserId by, Instant at) {
        NativeSql.of(em(tenant), "UPDATE intake_key SET revoked_by = ?3, revoked_at = CAST(?4 AS timestamptz)"
                        + " WHERE tenant_id = ?1 AND id = CAST(?2 AS uuid) AND revoked_at IS NULL")
                .setParameter(1, tenant.value()).setParameter(2, id.toString()).setParameter(3, by.value())
                .setParameter(4, at.toString()).executeUpdate();
    }

    @Override
    public void used(TenantId tenant, UUID id, Instant at) {
        NativeSql.of(em(tenant), "UPDATE intake_key SET last_used_at = CAST(?3 AS timestamptz)"
                        + " WHERE tenant_id = ?1 AND id = CAST(?2 AS uuid)")
                .setParameter(1, tenant.value()).setParameter(2, id.toString()).setParameter(3, at.toString())
                .executeUpdate();
    }

    /** When each key was last used, by id. */
    @Override
    public Map<UUID, Instant> lastUsed(TenantId tenant) {
        Map<UUID, Instant> used = new HashMap<>();
        for (Object row : NativeSql.of(em(tenant), "SELECT CAST(id AS varchar), last_used_at FROM intake_key"
                        + " WHERE tenant_id = ?1 AND last_used_at IS NOT NULL")
                .setParameter(1, tenant.value()).getResultList()) {
            Object[] columns = (Object[]) row;
            used.put(UUID.fromString((String) columns[0]), NativeSql.instant(columns[1]));
        }
        return used;
    }

    private static IntakeKey key(TenantId tenant, Object[] row) {
        return new IntakeKey(tenant, UUID.fromString((String) row[0]), (String) row[1],
                SourceChannel.valueOf((String) row[2]), (String) row[3], UserId.of((String) row[4]),
                NativeSql.instant(row[5]), row[6] == null ? null : UserId.of((String) row[6]),
                row[7] == null ? null : NativeSql.instant(row[7]));
    }
}
