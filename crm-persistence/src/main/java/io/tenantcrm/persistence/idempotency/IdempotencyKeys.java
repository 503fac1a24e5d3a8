package io.tenantcrm.persistence.idempotency;

import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.persistence.tenancy.TenantScoped;

import java.time.Clock;
import java.util.Optional;

/** The answers given to creates with an Idempotency-Key, per tenant, in the create's own transaction. */
public class IdempotencyKeys extends TenantScoped {

    private final Clock clock;

    public IdempotencyKeys(EntityManagers ems, Clock clock) {
        super(ems);
        this.clock = clock;
    }

    public Optional<StoredAnswer> find(TenantId tenant, String key) {
        return Optional.ofNullable(em(tenant).find(IdempotencyKeyEntity.class, key))
                .map(IdempotencyKeyEntity::toAnswer);
    }

    public void store(TenantId tenant, String key, StoredAnswer answer) {
        em(tenant).persist(new IdempotencyKeyEntity(key, answer, clock.instant()));
    }
}
