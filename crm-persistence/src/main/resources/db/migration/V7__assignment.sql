-- Lead assignment: each tenant's policy (ordered rules, pools, fallback) kept whole as one document, since it is
-- read and replaced whole (named, today always 'default'); and each pool's rotation pointer in a row of its own, locked (SELECT ... FOR UPDATE)
-- while a lead is assigned, so concurrent intakes take turns.
CREATE TABLE assignment_policy (
    tenant_id  varchar(64) NOT NULL REFERENCES tenant (id),
    name       varchar(40) NOT NULL,
    document   jsonb       NOT NULL,
    version    bigint      NOT NULL,
    updated_at timestamptz NOT NULL,
    CONSTRAINT assignment_policy_pk PRIMARY KEY (tenant_id, name),
    CONSTRAINT assignment_policy_tenant_not_blank CHECK (tenant_id <> '')
);

CREATE TABLE pool_rotation (
    tenant_id     varchar(64)  NOT NULL REFERENCES tenant (id),
    pool          varchar(100) NOT NULL,
    last_assigned varchar(64),
    CONSTRAINT pool_rotation_pk PRIMARY KEY (tenant_id, pool),
    CONSTRAINT pool_rotation_tenant_not_blank CHECK (tenant_id <> '')
);

DO $$
DECLARE
    scoped text;
BEGIN
    FOREACH scoped IN ARRAY ARRAY['assignment_policy', 'pool_rotation']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', scoped);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', scoped);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I '
                       'USING (tenant_id = (SELECT current_setting(''app.tenant_id'', true))) '
                       'WITH CHECK (tenant_id = (SELECT current_setting(''app.tenant_id'', true)))', scoped);
    END LOOP;
END
$$;

GRANT SELECT, INSERT, UPDATE, DELETE ON assignment_policy, pool_rotation TO ${appRole};
