-- SLA timers: the moments the platform must act on (a rung of a first-response escalation, a proposal's due
-- time, a follow-up after a quote). One row per (subject, clock, step), so scheduling twice keeps one timer; a
-- timer is fired once or cancelled, never both. The application role sees its tenant's timers only; the owner
-- role sees every tenant's, which is what claim_due_sla_timers below relies on: schedulers claim due timers
-- across tenants, then act on each inside its own tenant's walls.
CREATE TABLE sla_timer (
    tenant_id     varchar(64)  NOT NULL REFERENCES tenant (id),
    id            uuid         NOT NULL,
    subject_type  varchar(16)  NOT NULL CHECK (subject_type IN ('LEAD', 'DEAL')),
    subject_id    varchar(64)  NOT NULL,
    clock         varchar(32)  NOT NULL,
    step          smallint     NOT NULL,
    due_at        timestamptz  NOT NULL,
    fired_at      timestamptz,
    cancelled_at  timestamptz,
    claimed_by    varchar(100),
    claimed_until timestamptz,
    CONSTRAINT sla_timer_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT sla_timer_once UNIQUE (tenant_id, subject_type, subject_id, clock, step),
    CONSTRAINT sla_timer_fired_or_cancelled CHECK (fired_at IS NULL OR cancelled_at IS NULL),
    CONSTRAINT sla_timer_tenant_not_blank CHECK (tenant_id <> '')
);
CREATE INDEX sla_timer_pending_idx ON sla_timer (due_at) WHERE fired_at IS NULL AND cancelled_at IS NULL;
CREATE INDEX sla_timer_subject_idx ON sla_timer (tenant_id, subject_type, subject_id);

ALTER TABLE sla_timer ENABLE ROW LEVEL SECURITY;
ALTER TABLE sla_timer FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON sla_timer
    USING (tenant_id = (SELECT current_setting('app.tenant_id', true)))
    WITH CHECK (tenant_id = (SELECT current_setting('app.tenant_id', true)));
CREATE POLICY scheduler_sees_all_tenants ON sla_timer TO CURRENT_USER USING (true) WITH CHECK (true);

GRANT SELECT, INSERT, UPDATE ON sla_timer TO ${appRole};

-- Claims up to max_rows due timers for claimant for lease: rows another scheduler holds are skipped (SKIP
-- LOCKED) and a claim whose lease ran out (its scheduler died) is taken over. Answers tenant and id only.
CREATE FUNCTION claim_due_sla_timers(now timestamptz, max_rows integer, claimant varchar, lease interval)
    RETURNS TABLE (tenant_id varchar, id uuid)
    LANGUAGE sql SECURITY DEFINER SET search_path FROM CURRENT AS $$
    UPDATE sla_timer t SET claimed_by = claimant, claimed_until = now + lease
    FROM (SELECT s.tenant_id, s.id FROM sla_timer s
          WHERE s.fired_at IS NULL AND s.cancelled_at IS NULL AND s.due_at <= now
            AND (s.claimed_until IS NULL OR s.claimed_until < now)
          ORDER BY s.due_at
          LIMIT max_rows
          FOR UPDATE SKIP LOCKED) due
    WHERE t.tenant_id = due.tenant_id AND t.id = due.id
    RETURNING t.tenant_id, t.id
$$;

REVOKE ALL ON FUNCTION claim_due_sla_timers(timestamptz, integer, varchar, interval) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION claim_due_sla_timers(timestamptz, integer, varchar, interval) TO ${appRole};

-- How many timers are pending and how late the oldest is, across tenants, for the scheduler's metrics.
CREATE FUNCTION pending_sla_timers(now timestamptz)
    RETURNS TABLE (due bigint, oldest_due_at timestamptz)
    LANGUAGE sql SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT count(*), min(due_at) FROM sla_timer
    WHERE fired_at IS NULL AND cancelled_at IS NULL AND due_at <= now
$$;

REVOKE ALL ON FUNCTION pending_sla_timers(timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION pending_sla_timers(timestamptz) TO ${appRole};
