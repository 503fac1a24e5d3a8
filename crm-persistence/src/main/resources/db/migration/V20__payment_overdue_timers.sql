-- An order's instalments are watched by durable timers too: one per instalment, due the day after its grace days
-- end, which hands it to collections if it is still unpaid then.
ALTER TABLE sla_timer DROP CONSTRAINT sla_timer_subject_type_check;
ALTER TABLE sla_timer ADD CONSTRAINT sla_timer_subject_type_check
    CHECK (subject_type IN ('LEAD', 'DEAL', 'QUOTE', 'ORDER'));
