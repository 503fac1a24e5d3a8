-- Spreadsheet imports run as background jobs (docs/intake.md): what the file holds (leads, accounts with their
-- contacts, or deals), the uploaded file's headers and the column mapping
-- (JSON), and each run (a dry run, then the real one) with its progress, outcome counts, a cancellation asked for,
-- a heartbeat (a run whose instance stopped is told apart by it going quiet) and its report as CSV.
CREATE TABLE import_job (
    tenant_id  varchar(64)  NOT NULL REFERENCES tenant (id),
    id         uuid         NOT NULL,
    created_by varchar(64)  NOT NULL,
    created_at timestamptz  NOT NULL,
    records    varchar(16)  NOT NULL CHECK (records IN ('LEADS', 'ACCOUNTS', 'DEALS')),
    file_name  varchar(255) NOT NULL,
    format     varchar(8)   NOT NULL CHECK (format IN ('CSV', 'XLSX')),
    headers    text         NOT NULL,
    mapping    text         NOT NULL,
    row_count  integer      NOT NULL CHECK (row_count >= 0),
    CONSTRAINT import_job_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT import_job_tenant_not_blank CHECK (tenant_id <> '')
);
SELECT enable_tenant_isolation('import_job');
GRANT SELECT, INSERT, UPDATE ON import_job TO ${appRole};

CREATE TABLE import_run (
    tenant_id        varchar(64)  NOT NULL REFERENCES tenant (id),
    import_id        uuid         NOT NULL,
    kind             varchar(4)   NOT NULL CHECK (kind IN ('DRY', 'REAL')),
    status           varchar(16)  NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'CANCELLED', 'FAILED')),
    rows_done        integer      NOT NULL DEFAULT 0,
    created          integer      NOT NULL DEFAULT 0,
    updated          integer      NOT NULL DEFAULT 0,
    skipped          integer      NOT NULL DEFAULT 0,
    rejected         integer      NOT NULL DEFAULT 0,
    cancel_requested boolean      NOT NULL DEFAULT false,
    error            varchar(500),
    instance         varchar(100) NOT NULL,
    started_at       timestamptz  NOT NULL,
    heartbeat_at     timestamptz  NOT NULL,
    finished_at      timestamptz,
    report           text,
    report_rows      integer,
    CONSTRAINT import_run_pk PRIMARY KEY (tenant_id, import_id, kind),
    CONSTRAINT import_run_job_fk FOREIGN KEY (tenant_id, import_id)
        REFERENCES import_job (tenant_id, id) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT import_run_finished_when_over CHECK ((finished_at IS NULL) = (status = 'RUNNING')),
    CONSTRAINT import_run_tenant_not_blank CHECK (tenant_id <> '')
);
SELECT enable_tenant_isolation('import_run');
GRANT SELECT, INSERT, UPDATE ON import_run TO ${appRole};
