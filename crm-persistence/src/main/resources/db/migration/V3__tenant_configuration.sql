-- Each tenant's own configuration: its settings (thresholds, targets, required fields: see SettingKeys) and its
-- pipelines with their stages. Same rules as V2: tenant-first keys, forced row-level security, DML for the app.

CREATE TABLE tenant_setting (
    tenant_id  varchar(64)   NOT NULL REFERENCES tenant (id),
    key        varchar(120)  NOT NULL,
    value      varchar(2000) NOT NULL,
    updated_at timestamptz   NOT NULL,
    CONSTRAINT tenant_setting_pk PRIMARY KEY (tenant_id, key),
    CONSTRAINT tenant_setting_tenant_not_blank CHECK (tenant_id <> '')
);

CREATE TABLE pipeline (
    tenant_id           varchar(64)  NOT NULL REFERENCES tenant (id),
    id                  varchar(40)  NOT NULL,
    version             bigint       NOT NULL,
    name                varchar(200) NOT NULL,
    skipping_allowed    boolean      NOT NULL,
    moving_back_allowed boolean      NOT NULL,
    CONSTRAINT pipeline_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT pipeline_tenant_not_blank CHECK (tenant_id <> '')
);

-- One row per stage, in pipeline order. Field tiers and task templates are small lists read with their stage.
CREATE TABLE pipeline_stage (
    tenant_id                 varchar(64)  NOT NULL,
    pipeline_id               varchar(40)  NOT NULL,
    position                  smallint     NOT NULL,
    stage_id                  varchar(40)  NOT NULL,
    name                      varchar(200) NOT NULL,
    kind                      varchar(8)   NOT NULL CHECK (kind IN ('OPEN', 'WON', 'LOST')),
    probability_percent       smallint     NOT NULL CHECK (probability_percent BETWEEN 0 AND 100),
    forecast_category         varchar(16)  NOT NULL,
    rotting_days              integer      NOT NULL CHECK (rotting_days > 0),
    max_next_step_gap_minutes bigint       NOT NULL CHECK (max_next_step_gap_minutes > 0),
    escalation_after_minutes  bigint,
    required_fields           varchar(400) NOT NULL,
    suggested_fields          varchar(400) NOT NULL,
    task_templates            text         NOT NULL,
    CONSTRAINT pipeline_stage_pk PRIMARY KEY (tenant_id, pipeline_id, position),
    CONSTRAINT pipeline_stage_uk UNIQUE (tenant_id, pipeline_id, stage_id),
    CONSTRAINT pipeline_stage_pipeline_fk FOREIGN KEY (tenant_id, pipeline_id) REFERENCES pipeline (tenant_id, id)
        DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT pipeline_stage_tenant_not_blank CHECK (tenant_id <> '')
);

-- Ownership transfers are audit entries on the owner field, each with its reason: this view lists them without
-- copying them. security_invoker makes the view run with the caller's rights, so row-level security applies.
CREATE VIEW ownership_transfer WITH (security_invoker = true) AS
SELECT tenant_id, id, record_type, record_id, old_value AS previous_owner, new_value AS new_owner, actor, at, reason
FROM audit_entry
WHERE field = 'owner';

DO $$
DECLARE
    scoped text;
BEGIN
    FOREACH scoped IN ARRAY ARRAY['tenant_setting', 'pipeline', 'pipeline_stage']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', scoped);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', scoped);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I '
                       'USING (tenant_id = (SELECT current_setting(''app.tenant_id'', true))) '
                       'WITH CHECK (tenant_id = (SELECT current_setting(''app.tenant_id'', true)))', scoped);
    END LOOP;
END
$$;

GRANT SELECT, INSERT, UPDATE, DELETE ON tenant_setting, pipeline, pipeline_stage TO ${appRole};
GRANT SELECT ON ownership_transfer TO ${appRole};
