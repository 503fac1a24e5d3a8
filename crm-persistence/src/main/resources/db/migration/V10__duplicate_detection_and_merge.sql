-- Duplicate detection and merge.
--
-- One helper for every tenant-scoped table from here on: row-level security enabled and forced, with the one
-- policy every table has (see V2). Owned by the schema owner, callable only by it (migrations).
CREATE FUNCTION enable_tenant_isolation(scoped regclass) RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', scoped);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', scoped);
    EXECUTE format('CREATE POLICY tenant_isolation ON %s '
                   'USING (tenant_id = (SELECT current_setting(''app.tenant_id'', true))) '
                   'WITH CHECK (tenant_id = (SELECT current_setting(''app.tenant_id'', true)))', scoped);
END
$$;
REVOKE ALL ON FUNCTION enable_tenant_isolation(regclass) FROM PUBLIC;

-- Trigram similarity for company names (a trusted extension: the database owner may create it).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The match keys of every lead not yet converted, contact and account, written with the record (crm-core's
-- MatchKeys: mailbox, company email domain, E.164 phone, person's name, core company name, website domain).
-- A duplicate check looks candidates up by key here instead of reading the tenant.
CREATE TABLE match_key (
    tenant_id   varchar(64)  NOT NULL REFERENCES tenant (id),
    kind        varchar(16)  NOT NULL
        CHECK (kind IN ('mailbox', 'email_domain', 'phone', 'person', 'company', 'website')),
    value       varchar(300) NOT NULL,
    record_type varchar(16)  NOT NULL CHECK (record_type IN ('LEAD', 'CONTACT', 'ACCOUNT')),
    record_id   uuid         NOT NULL,
    CONSTRAINT match_key_pk PRIMARY KEY (tenant_id, kind, value, record_type, record_id),
    CONSTRAINT match_key_tenant_not_blank CHECK (tenant_id <> '')
);
CREATE INDEX match_key_record_idx ON match_key (tenant_id, record_type, record_id);
-- "Shenzhen Pumps" finds "Shenzen Pumps": trigram look-up on core company names only
CREATE INDEX match_key_company_trgm_idx ON match_key USING gin (value gin_trgm_ops) WHERE kind = 'company';

-- One merge: both records as they were (the merged one is its tombstone: the row left its table), the survivor
-- as the merge left it (an unmerge refuses if it changed since), both records' match keys, and how each field
-- was decided.
CREATE TABLE record_merge (
    tenant_id       varchar(64)  NOT NULL REFERENCES tenant (id),
    id              uuid         NOT NULL,
    record_type     varchar(16)  NOT NULL CHECK (record_type IN ('LEAD', 'CONTACT', 'ACCOUNT')),
    survivor_id     uuid         NOT NULL,
    merged_id       uuid         NOT NULL,
    reason          varchar(500) NOT NULL,
    merged_by       varchar(64)  NOT NULL,
    merged_at       timestamptz  NOT NULL,
    survivor_before jsonb        NOT NULL,
    survivor_after  jsonb,
    merged_row      jsonb        NOT NULL,
    keys_before     jsonb        NOT NULL,
    repointed       integer      NOT NULL DEFAULT 0,
    undone_by       varchar(64),
    undone_at       timestamptz,
    CONSTRAINT record_merge_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT record_merge_undone_by_someone CHECK ((undone_at IS NULL) = (undone_by IS NULL)),
    CONSTRAINT record_merge_tenant_not_blank CHECK (tenant_id <> '')
);
CREATE INDEX record_merge_merged_idx ON record_merge (tenant_id, record_type, merged_id);
CREATE INDEX record_merge_survivor_idx ON record_merge (tenant_id, record_type, survivor_id);

CREATE TABLE record_merge_field (
    tenant_id  varchar(64) NOT NULL,
    merge_id   uuid        NOT NULL,
    position   smallint    NOT NULL,
    field      varchar(32) NOT NULL,
    rule       varchar(16) NOT NULL,
    taken_from varchar(8)  NOT NULL CHECK (taken_from IN ('SURVIVOR', 'MERGED')),
    value      text,
    CONSTRAINT record_merge_field_pk PRIMARY KEY (tenant_id, merge_id, position),
    CONSTRAINT record_merge_field_merge_fk FOREIGN KEY (tenant_id, merge_id) REFERENCES record_merge (tenant_id, id)
        DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT record_merge_field_tenant_not_blank CHECK (tenant_id <> '')
);

-- Every row a merge changed besides the two records: re-pointed (row_key names it, the column now holds the
-- survivor) or, where the survivor already had the same link, removed (removed_row keeps it whole).
CREATE TABLE record_merge_move (
    tenant_id   varchar(64) NOT NULL,
    merge_id    uuid        NOT NULL,
    position    integer     NOT NULL,
    table_name  varchar(32) NOT NULL,
    column_name varchar(32) NOT NULL,
    row_key     jsonb,
    removed_row jsonb,
    CONSTRAINT record_merge_move_pk PRIMARY KEY (tenant_id, merge_id, position),
    CONSTRAINT record_merge_move_merge_fk FOREIGN KEY (tenant_id, merge_id) REFERENCES record_merge (tenant_id, id)
        DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT record_merge_move_one_kind CHECK ((row_key IS NULL) <> (removed_row IS NULL)),
    CONSTRAINT record_merge_move_tenant_not_blank CHECK (tenant_id <> '')
);

SELECT enable_tenant_isolation('match_key');
-- Row-level security keeps a query from using an index through an operator that is not LEAKPROOF, and pg_trgm's
-- similarity operator is not: as the application role, a trigram look-up would read every company key of every
-- tenant. So the owner role is exempt on this table (NO FORCE), and the look-up runs as the owner in this function,
-- which only ever reads the tenant the calling transaction is set to (as erase_tenant does).
ALTER TABLE match_key NO FORCE ROW LEVEL SECURITY;
CREATE FUNCTION similar_company_keys(company varchar, types varchar[], most integer)
    RETURNS TABLE (record_type varchar, record_id uuid)
    LANGUAGE sql STABLE SECURITY DEFINER ROWS 20 SET search_path FROM CURRENT
    -- candidates only: Java compares them by Jaro-Winkler (0.88); a higher trigram bar keeps the index selective
    SET pg_trgm.similarity_threshold = 0.5 AS $$
    SELECT k.record_type, k.record_id FROM match_key k
    WHERE k.tenant_id = current_setting('app.tenant_id', true) AND k.kind = 'company'
      AND k.record_type = ANY (types) AND k.value % company
    ORDER BY similarity(k.value, company) DESC
    LIMIT most
$$;
REVOKE ALL ON FUNCTION similar_company_keys(varchar, varchar[], integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION similar_company_keys(varchar, varchar[], integer) TO ${appRole};
SELECT enable_tenant_isolation('record_merge');
SELECT enable_tenant_isolation('record_merge_field');
SELECT enable_tenant_isolation('record_merge_move');

GRANT SELECT, INSERT, DELETE ON match_key TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON record_merge TO ${appRole};
GRANT SELECT, INSERT ON record_merge_field, record_merge_move TO ${appRole};

-- Whole-tenant duplicate scans, run as background jobs; the report (clusters with their scored, explained pairs)
-- is kept as JSON for whoever asked to read.
CREATE TABLE duplicate_scan (
    tenant_id    varchar(64)  NOT NULL REFERENCES tenant (id),
    id           uuid         NOT NULL,
    record_type  varchar(16)  NOT NULL CHECK (record_type IN ('LEAD', 'CONTACT', 'ACCOUNT')),
    status       varchar(8)   NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
    requested_by varchar(64)  NOT NULL,
    started_at   timestamptz  NOT NULL,
    finished_at  timestamptz,
    report       jsonb,
    failure      varchar(500),
    CONSTRAINT duplicate_scan_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT duplicate_scan_done_has_report CHECK ((status = 'DONE') = (report IS NOT NULL)),
    CONSTRAINT duplicate_scan_tenant_not_blank CHECK (tenant_id <> '')
);
SELECT enable_tenant_isolation('duplicate_scan');
GRANT SELECT, INSERT, UPDATE ON duplicate_scan TO ${appRole};
