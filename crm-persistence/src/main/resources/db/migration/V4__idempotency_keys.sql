-- Creates sent with an Idempotency-Key: the first answer is kept, so a retry gets it again instead of a second
-- record. Kept per tenant (same rules as every tenant table); old keys may be purged after a day.
CREATE TABLE idempotency_key (
    tenant_id    varchar(64)  NOT NULL REFERENCES tenant (id),
    key          varchar(200) NOT NULL,
    request_hash varchar(64)  NOT NULL,
    status       smallint     NOT NULL,
    location     varchar(500),
    body         text         NOT NULL,
    created_at   timestamptz  NOT NULL,
    CONSTRAINT idempotency_key_pk PRIMARY KEY (tenant_id, key),
    CONSTRAINT idempotency_key_tenant_not_blank CHECK (tenant_id <> '')
);
CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at);

ALTER TABLE idempotency_key ENABLE ROW LEVEL SECURITY;
ALTER TABLE idempotency_key FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON idempotency_key
    USING (tenant_id = (SELECT current_setting('app.tenant_id', true)))
    WITH CHECK (tenant_id = (SELECT current_setting('app.tenant_id', true)));

GRANT SELECT, INSERT, DELETE ON idempotency_key TO ${appRole};
