-- The registry of tenants. It is the one table that is not itself tenant-scoped: signup must see every slug
-- to refuse a taken one. Tenant-scoped tables reference tenant(id) and carry row-level security.
CREATE TABLE tenant (
    id         varchar(64)  NOT NULL,
    slug       varchar(40)  NOT NULL,
    name       varchar(200) NOT NULL,
    status     varchar(16)  NOT NULL,
    created_at timestamptz  NOT NULL,
    version    bigint       NOT NULL DEFAULT 1,
    CONSTRAINT tenant_pk PRIMARY KEY (id),
    CONSTRAINT tenant_slug_uk UNIQUE (slug),
    CONSTRAINT tenant_id_not_blank CHECK (id <> ''),
    CONSTRAINT tenant_status_known CHECK (status IN ('ACTIVE', 'SUSPENDED'))
);

GRANT SELECT, INSERT, UPDATE, DELETE ON tenant TO ${appRole};
