-- When each person works and when they are away, for lead assignment (a rep outside their hours or on leave is
-- skipped). Working hours as written by people (MON-FRI 08:00-16:00) in the person's time zone; leave as
-- "first..last" date ranges, comma-separated.
CREATE TABLE person_schedule (
    tenant_id     varchar(64)   NOT NULL REFERENCES tenant (id),
    user_id       varchar(64)   NOT NULL,
    time_zone     varchar(64)   NOT NULL,
    working_hours varchar(500),
    leave         varchar(2000) NOT NULL,
    updated_at    timestamptz   NOT NULL,
    CONSTRAINT person_schedule_pk PRIMARY KEY (tenant_id, user_id),
    CONSTRAINT person_schedule_tenant_not_blank CHECK (tenant_id <> '')
);

ALTER TABLE person_schedule ENABLE ROW LEVEL SECURITY;
ALTER TABLE person_schedule FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON person_schedule
    USING (tenant_id = (SELECT current_setting('app.tenant_id', true)))
    WITH CHECK (tenant_id = (SELECT current_setting('app.tenant_id', true)));

GRANT SELECT, INSERT, UPDATE, DELETE ON person_schedule TO ${appRole};
