-- Keys that let a web form or a marketplace post inquiries into one tenant without a user's token. Only the
-- SHA-256 of the secret is kept; the key a caller presents names its tenant, so it is found inside that tenant's
-- walls like any record. Revoked keys stay (revoked_at), so their leads keep saying where they came from.
CREATE TABLE intake_key (
    tenant_id    varchar(64)  NOT NULL REFERENCES tenant (id),
    id           uuid         NOT NULL,
    name         varchar(100) NOT NULL,
    channel      varchar(16)  NOT NULL,
    secret_hash  varchar(64)  NOT NULL,
    created_by   varchar(64)  NOT NULL,
    created_at   timestamptz  NOT NULL,
    revoked_by   varchar(64),
    revoked_at   timestamptz,
    last_used_at timestamptz,
    CONSTRAINT intake_key_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT intake_key_revoked_by_someone CHECK ((revoked_at IS NULL) = (revoked_by IS NULL)),
    CONSTRAINT intake_key_tenant_not_blank CHECK (tenant_id <> '')
);
SELECT enable_tenant_isolation('intake_key');
GRANT SELECT, INSERT, UPDATE ON intake_key TO ${appRole};
