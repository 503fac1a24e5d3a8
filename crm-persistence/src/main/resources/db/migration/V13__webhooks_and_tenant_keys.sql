-- Envelope encryption of the secrets a tenant's integrations need in clear at run time (webhook signing secrets,
-- mailbox passwords): each tenant has a data key, kept here only wrapped (AES-GCM) by the deployment's master key,
-- with the tenant id bound in, so a wrapped key copied to another tenant does not open. Erasing the tenant erases
-- its key, and with it every ciphertext left in a backup.
CREATE TABLE tenant_data_key (
    tenant_id   varchar(64)  NOT NULL REFERENCES tenant (id),
    version     smallint     NOT NULL,
    wrapped_key varchar(200) NOT NULL,
    created_at  timestamptz  NOT NULL,
    CONSTRAINT tenant_data_key_pk PRIMARY KEY (tenant_id, version),
    CONSTRAINT tenant_data_key_tenant_not_blank CHECK (tenant_id <> '')
);
SELECT enable_tenant_isolation('tenant_data_key');
GRANT SELECT, INSERT ON tenant_data_key TO ${appRole};

-- Where a tenant's integrations listen (crm-core WebhookEndpoint). events: wire names, comma-separated.
CREATE TABLE webhook_endpoint (
    tenant_id       varchar(64)   NOT NULL REFERENCES tenant (id),
    id              uuid          NOT NULL,
    url             varchar(2000) NOT NULL,
    events          varchar(200)  NOT NULL,
    description     varchar(200),
    secret_sealed   varchar(300)  NOT NULL,
    created_by      varchar(64)   NOT NULL,
    created_at      timestamptz   NOT NULL,
    failures        integer       NOT NULL DEFAULT 0 CHECK (failures >= 0),
    disabled_at     timestamptz,
    disabled_reason varchar(200),
    CONSTRAINT webhook_endpoint_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT webhook_endpoint_disabled_says_why CHECK ((disabled_at IS NULL) = (disabled_reason IS NULL)),
    CONSTRAINT webhook_endpoint_tenant_not_blank CHECK (tenant_id <> '')
);
SELECT enable_tenant_isolation('webhook_endpoint');
GRANT SELECT, INSERT, UPDATE ON webhook_endpoint TO ${appRole};

-- The outbox: one row per notification and endpoint, written in the transaction of the change that caused it.
-- Pending until delivered or abandoned; senders claim due rows across tenants like SLA timers (below).
CREATE TABLE webhook_delivery (
    tenant_id       varchar(64)  NOT NULL REFERENCES tenant (id),
    id              uuid         NOT NULL,
    endpoint_id     uuid         NOT NULL,
    event           varchar(32)  NOT NULL,
    notification_id uuid         NOT NULL,
    payload         text         NOT NULL,
    created_at      timestamptz  NOT NULL,
    attempts        integer      NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz,
    delivered_at    timestamptz,
    abandoned_at    timestamptz,
    last_outcome    varchar(300),
    claimed_by      varchar(100),
    claimed_until   timestamptz,
    CONSTRAINT webhook_delivery_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT webhook_delivery_endpoint_fk FOREIGN KEY (tenant_id, endpoint_id)
        REFERENCES webhook_endpoint (tenant_id, id) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT webhook_delivery_once UNIQUE (tenant_id, endpoint_id, notification_id),
    CONSTRAINT webhook_delivery_ends_once CHECK (delivered_at IS NULL OR abandoned_at IS NULL),
    CONSTRAINT webhook_delivery_pending_is_due CHECK ((next_attempt_at IS NULL)
        = (delivered_at IS NOT NULL OR abandoned_at IS NOT NULL)),
    CONSTRAINT webhook_delivery_tenant_not_blank CHECK (tenant_id <> '')
);
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at)
    WHERE delivered_at IS NULL AND abandoned_at IS NULL;
CREATE INDEX webhook_delivery_endpoint_idx ON webhook_delivery (tenant_id, endpoint_id, created_at DESC);
SELECT enable_tenant_isolation('webhook_delivery');
CREATE POLICY sender_sees_all_tenants ON webhook_delivery TO CURRENT_USER USING (true) WITH CHECK (true);
GRANT SELECT, INSERT, UPDATE ON webhook_delivery TO ${appRole};

-- The delivery log: every try, append-only.
CREATE TABLE webhook_attempt (
    tenant_id   varchar(64)  NOT NULL REFERENCES tenant (id),
    delivery_id uuid         NOT NULL,
    number      integer      NOT NULL CHECK (number >= 1),
    at          timestamptz  NOT NULL,
    status      integer,
    error       varchar(300),
    took_ms     bigint       NOT NULL CHECK (took_ms >= 0),
    CONSTRAINT webhook_attempt_pk PRIMARY KEY (tenant_id, delivery_id, number),
    CONSTRAINT webhook_attempt_delivery_fk FOREIGN KEY (tenant_id, delivery_id)
        REFERENCES webhook_delivery (tenant_id, id) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT webhook_attempt_says_what_happened CHECK (status IS NOT NULL OR error IS NOT NULL),
    CONSTRAINT webhook_attempt_tenant_not_blank CHECK (tenant_id <> '')
);
SELECT enable_tenant_isolation('webhook_attempt');
GRANT SELECT, INSERT ON webhook_attempt TO ${appRole};

-- Claims up to max_rows due deliveries for claimant for lease, skipping rows another sender holds (SKIP LOCKED)
-- and taking over claims whose lease ran out. Answers tenant and id only; the sending happens in the tenant.
CREATE FUNCTION claim_due_webhook_deliveries(now timestamptz, max_rows integer, claimant varchar, lease interval)
    RETURNS TABLE (tenant_id varchar, id uuid)
    LANGUAGE sql SECURITY DEFINER SET search_path FROM CURRENT AS $$
    UPDATE webhook_delivery d SET claimed_by = claimant, claimed_until = now + lease
    FROM (SELECT s.tenant_id, s.id FROM webhook_delivery s
          WHERE s.delivered_at IS NULL AND s.abandoned_at IS NULL AND s.next_attempt_at <= now
            AND (s.claimed_until IS NULL OR s.claimed_until < now)
          ORDER BY s.next_attempt_at
          LIMIT max_rows
          FOR UPDATE SKIP LOCKED) due
    WHERE d.tenant_id = due.tenant_id AND d.id = due.id
    RETURNING d.tenant_id, d.id
$$;

REVOKE ALL ON FUNCTION claim_due_webhook_deliveries(timestamptz, integer, varchar, interval) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION claim_due_webhook_deliveries(timestamptz, integer, varchar, interval) TO ${appRole};
