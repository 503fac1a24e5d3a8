-- Who sees which records beyond their own: a sales manager's team, and records shared with a colleague.
-- Same rules as every tenant table: tenant-first keys, forced row-level security, DML for the app.

-- One row per member: the primary key keeps a person in one team at most.
CREATE TABLE sales_team_member (
    tenant_id  varchar(64) NOT NULL REFERENCES tenant (id),
    member_id  varchar(64) NOT NULL,
    manager_id varchar(64) NOT NULL,
    added_at   timestamptz NOT NULL,
    CONSTRAINT sales_team_member_pk PRIMARY KEY (tenant_id, member_id),
    CONSTRAINT sales_team_member_not_own_manager CHECK (member_id <> manager_id),
    CONSTRAINT sales_team_member_tenant_not_blank CHECK (tenant_id <> '')
);
CREATE INDEX sales_team_member_manager_idx ON sales_team_member (tenant_id, manager_id);

CREATE TABLE record_share (
    tenant_id   varchar(64) NOT NULL REFERENCES tenant (id),
    record_type varchar(16) NOT NULL CHECK (record_type IN ('LEAD', 'ACCOUNT', 'DEAL')),
    record_id   varchar(64) NOT NULL,
    user_id     varchar(64) NOT NULL,
    shared_by   varchar(64) NOT NULL,
    shared_at   timestamptz NOT NULL,
    CONSTRAINT record_share_pk PRIMARY KEY (tenant_id, record_type, record_id, user_id),
    CONSTRAINT record_share_tenant_not_blank CHECK (tenant_id <> '')
);
CREATE INDEX record_share_user_idx ON record_share (tenant_id, user_id);

DO $$
DECLARE
    scoped text;
BEGIN
    FOREACH scoped IN ARRAY ARRAY['sales_team_member', 'record_share']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', scoped);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', scoped);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I '
                       'USING (tenant_id = (SELECT current_setting(''app.tenant_id'', true))) '
                       'WITH CHECK (tenant_id = (SELECT current_setting(''app.tenant_id'', true)))', scoped);
    END LOOP;
END
$$;

GRANT SELECT, INSERT, UPDATE, DELETE ON sales_team_member, record_share TO ${appRole};
