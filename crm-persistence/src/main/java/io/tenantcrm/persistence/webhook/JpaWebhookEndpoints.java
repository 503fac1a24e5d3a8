package io.tenantcrm.persistence.webhook;

import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.webhook.WebhookEndpoint;
import io.tenantcrm.core.webhook.WebhookEndpoints;
import io.tenantcrm.core.webhook.WebhookEvent;
import io.tenantcrm.persistence.secrets.TenantSecrets;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.persistence.tenancy.NativeSql;
import io.tenantcrm.persistence.tenancy.TenantScoped;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@link WebhookEndpoints} on {@code webhook_endpoint}; signing secrets sealed with the tenant's data key. */
public class JpaWebhookEndpoints extends TenantScoped implements WebhookEndpoints {

    private static final String COLUMNS = "CAST(id AS varchar), url, events, description, created_by, created_at,"
            + " failures, disabled_at, disabled_reason";

    private final TenantSecrets secrets;

    public JpaWebhookEndpoints(EntityManagers ems, TenantSecrets secrets) {
        super(ems);
        this.secrets = secrets;
    }

    @Override
    public void add(WebhookEndpoint endpoint, String secret) {
        NativeSql.of(em(endpoint.tenant()), "INSERT INTO webhook_endpoint (tenant_id, id, url, events, description,"
                        + " secret_sealed, created_by, created_at) VALUES (?1, CAST(?2 AS uuid), ?3, ?4, ?5, ?6, ?7,"
                        + " CAST(?8 AS timestamptz))")
                .setParameter(1, endpoint.tenant().value()).setParameter(2, endpoint.id().toString())
                .setParameter(3, endpoint.url().toString()).setParameter(4, events(endpoint))
                .setParameter(5, endpoint.description())
                .setParameter(6, secrets.seal(endpoint.tenant(), purpose(endpoint.id()), secret))
                .setParameter(7, endpoint.createdBy().value()).setParameter(8, endpoint.createdAt().toString())
                .executeUpdate();
    }

    @Override
    public Optional<WebhookEndpoint> find(TenantId tenant, UUID id) {
        return NativeSql.of(em(tenant), "SELECT " + COLUMNS + " FROM webhook_endpoint WHERE tenant_id = ?1"
                        + " AND id = CAST(?2 AS uuid)")
                .setParameter(1, tenant.value()).setParameter(2, id.toString()).getResultList().stream()
                .findFirst().map(row -> endpoint(tenant, (Object[]) row));
    }

    @Override
    public List<WebhookEndpoint> of(TenantId tenant) {
        return NativeSql.of(em(tenant), "SELECT " + COLUMNS + " FROM webhook_endpoint WHERE tenant_id = ?1"
                        + " ORDER BY created_at DESC, id")
                .setParameter(1, tenant.value()).getResultList().stream()
                .map(row -> endpoint(tenant, (Object[]) row)).toList();
    }

    @Override
    public String secretOf(TenantId tenant, UUID id) {
        String sealed = (String) NativeSql.of(em(tenant), "SELECT secret_sealed FROM webhook_endpoint"
                        + " WHERE tenant_id = ?1 AND id = CAST(?2 AS uuid)")
                .setParameter(1, tenant.value()).setParameter(2, id.toString()).getSingleResult();
        return secrets.open(tenant, purpose(id), sealed);
    }

    @Override
    public void update(WebhookEndpoint endpoint) {
        NativeSql.of(em(endpoint.tenant()), "UPDATE webhook_endpoint SET failures = ?3,"
                        + " disabled_at = CAST(?4 AS timestamptz), disabled_reason = ?5"
                        + " WHERE tenant_id = ?1 AND id = CAST(?2 AS uuid)")
                .setParameter(1, endpoint.tenant().value()).setParameter(2, endpoint.id().toString())
                .setParameter(3, endpoint.failures())
                .setParameter(4, endpoint.disabledAt() == null ? null : endpoint.disabledAt().toString())
                .setParameter(5, endpoint.disabledReason()).executeUpdate();
    }

    private static String purpose(UUID endpoint) {
        return "webhook:" + endpoint;
    }

    private static String events(WebhookEndpoint endpoint) {
        return endpoint.events().stream().sorted().map(WebhookEvent::wireName).collect(Collectors.joining(","));
    }

    private static WebhookEndpoint endpoint(TenantId tenant, Object[] row) {
        return new WebhookEndpoint(tenant, UUID.fromString((String) row[0]), URI.create((String) row[1]),
                Arrays.stream(((String) row[2]).split(",")).map(name -> WebhookEvent.named(name).orElseThrow())
                        .collect(Collectors.toSet()),
                (String) row[3], UserId.of((String) row[4]), NativeSql.instant(row[5]), ((Number) row[6]).intValue(),
                row[7] == null ? null : NativeSql.instant(row[7]), (String) row[8]);
    }
}
