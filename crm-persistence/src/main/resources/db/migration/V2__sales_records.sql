-- The tenant-scoped sales records. Rules kept by every table here:
--   * tenant_id is the first column of the primary key, of every foreign key and of every unique constraint,
--     so the schema can be distributed by tenant_id (Citus) without change;
--   * row-level security is enabled and forced, with one policy for reads and writes that compares tenant_id to
--     the transaction-local setting app.tenant_id (in a sub-select: evaluated once per statement);
--   * every list is read by keyset (sort key, id): its index ends with both;
--   * the application role gets DML only, and on the append-only tables (stage history, audit trail) only
--     SELECT and INSERT.
-- Foreign ids between aggregates are plain columns with composite foreign keys, checked at commit (DEFERRABLE):
-- there are no ORM relationships, so the ORM may write the rows of one transaction in any order.

CREATE TABLE account (
    tenant_id          varchar(64)  NOT NULL REFERENCES tenant (id),
    id                 uuid         NOT NULL,
    version            bigint       NOT NULL,
    customer_id        uuid         NOT NULL,
    name               varchar(200) NOT NULL,
    tier               varchar(1)   NOT NULL CHECK (tier IN ('A', 'B', 'C')),
    lifecycle          varchar(16)  NOT NULL,
    owner_id           varchar(64)  NOT NULL,
    country            varchar(2),
    time_zone          varchar(64),
    language           varchar(35),
    trade_terms        varchar(8),
    payment_preference varchar(40),
    website            varchar(255),
    created_at         timestamptz  NOT NULL,
    CONSTRAINT account_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT account_customer_uk UNIQUE (tenant_id, customer_id),
    CONSTRAINT account_tenant_not_blank CHECK (tenant_id <> '')
);
CREATE INDEX account_owner_idx ON account (tenant_id, owner_id);

CREATE TABLE contact (
    tenant_id  varchar(64)  NOT NULL,
    id         uuid         NOT NULL,
    version    bigint       NOT NULL,
    account_id uuid         NOT NULL,
    name       varchar(200),
    email      varchar(254),
    phone      varchar(16),
    role       varchar(16)  NOT NULL,
    job_title  varchar(200),
    created_at timestamptz  NOT NULL,
    CONSTRAINT contact_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT contact_account_fk FOREIGN KEY (tenant_id, account_id) REFERENCES account (tenant_id, id)
        DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT contact_tenant_not_blank CHECK (tenant_id <> '')
);
CREATE INDEX contact_account_idx ON contact (tenant_id, account_id);
CREATE INDEX contact_email_idx ON contact (tenant_id, email);
CREATE INDEX contact_phone_idx ON contact (tenant_id, phone);

CREATE TABLE deal (
    tenant_id            varchar(64)   NOT NULL REFERENCES tenant (id),
    id                   uuid          NOT NULL,
    version              bigint        NOT NULL,
    title                varchar(200)  NOT NULL,
    account_id           uuid          NOT NULL,
    primary_contact_id   uuid,
    amount               numeric(19, 4),
    currency             varchar(3),
    expected_close       date,
    product_interest     varchar(200),
    trade_terms          varchar(8),
    payment_terms        varchar(40),
    source               varchar(16),
    country              varchar(2),
    pipeline_id          varchar(40)   NOT NULL,
    stage_id             varchar(40)   NOT NULL,
    status               varchar(8)    NOT NULL CHECK (status IN ('OPEN', 'WON', 'LOST')),
    stage_entered_at     timestamptz   NOT NULL,
    owner_id             varchar(64)   NOT NULL,
    next_step_action     varchar(200),
    next_step_due        timestamptz,
    loss_category        varchar(16),
    loss_sub_reason      varchar(100),
    loss_note            varchar(2000),
    probability_override smallint CHECK (probability_override BETWEEN 0 AND 100),
    created_at           timestamptz   NOT NULL,
    last_activity_at     timestamptz   NOT NULL,
    CONSTRAINT deal_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT deal_account_fk FOREIGN KEY (tenant_id, account_id) REFERENCES account (tenant_id, id)
        DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT deal_contact_fk FOREIGN KEY (tenant_id, primary_contact_id) REFERENCES contact (tenant_id, id)
        DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT deal_amount_has_currency CHECK ((amount IS NULL) = (currency IS NULL)),
    CONSTRAINT deal_lost_has_reason CHECK ((status = 'LOST') = (loss_category IS NOT NULL)),
    CONSTRAINT deal_tenant_not_blank CHECK (tenant_id <> '')
);
CREATE INDEX deal_owner_idx ON deal (tenant_id, owner_id, status, created_at, id);
CREATE INDEX deal_open_stage_idx ON deal (tenant_id, stage_id) WHERE status = 'OPEN';
CREATE INDEX deal_open_next_step_idx ON deal (tenant_id, next_step_due, id) WHERE status = 'OPEN';
CREATE INDEX deal_activity_idx ON deal (tenant_id, last_activity_at);
CREATE INDEX deal_account_idx ON deal (tenant_id, account_id);
CREATE INDEX deal_closed_idx ON deal (tenant_id, stage_entered_at) WHERE status <> 'OPEN';

CREATE TABLE lead (
    tenant_id              varchar(64)   NOT NULL REFERENCES tenant (id),
    id                     uuid          NOT NULL,
    version                bigint        NOT NULL,
    source                 varchar(16)   NOT NULL,
    source_detail          varchar(200),
    received_at            timestamptz   NOT NULL,
    person_name            varchar(200),
    company_name           varchar(200),
    email                  varchar(254),
    phone                  varchar(16),
    job_title              varchar(200),
    country                varchar(2),
    product_interest       varchar(200),
    message                varchar(10000),
    attachments            text,
    status                 varchar(16)   NOT NULL,
    status_reason          varchar(500),
    owner_id               varchar(64),
    converted_account_id   uuid,
    converted_contact_id   uuid,
    converted_deal_id      uuid,
    q_need_clarity         varchar(32)   NOT NULL,
    q_buying_stage         varchar(32)   NOT NULL,
    q_volume               varchar(16)   NOT NULL,
    q_frequency            varchar(16)   NOT NULL,
    q_payment_terms        varchar(40),
    q_trade_terms          varchar(8),
    q_company_type         varchar(16)   NOT NULL,
    q_product_line         varchar(200),
    created_at             timestamptz   NOT NULL,
    CONSTRAINT lead_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT lead_converted_deal_fk FOREIGN KEY (tenant_id, converted_deal_id) REFERENCES deal (tenant_id, id)
        DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT lead_converted_when_linked CHECK ((status = 'CONVERTED') = (converted_deal_id IS NOT NULL)),
    CONSTRAINT lead_tenant_not_blank CHECK (tenant_id <> '')
);
CREATE INDEX lead_owner_idx ON lead (tenant_id, owner_id, status, received_at, id);
CREATE INDEX lead_unassigned_idx ON lead (tenant_id, received_at, id) WHERE owner_id IS NULL;
CREATE INDEX lead_received_idx ON lead (tenant_id, received_at, id);
CREATE INDEX lead_email_idx ON lead (tenant_id, email);
CREATE INDEX lead_email_domain_idx ON lead (tenant_id, (split_part(email, '@', 2)));
CREATE INDEX lead_phone_idx ON lead (tenant_id, phone);

-- Append-only: every open, move and reopen of a deal.
CREATE SEQUENCE stage_transition_seq INCREMENT BY 50 START WITH 50;
CREATE TABLE stage_transition (
    tenant_id  varchar(64) NOT NULL,
    id         bigint      NOT NULL,
    deal_id    uuid        NOT NULL,
    from_stage varchar(40),
    to_stage   varchar(40) NOT NULL,
    at         timestamptz NOT NULL,
    by_user    varchar(64) NOT NULL,
    CONSTRAINT stage_transition_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT stage_transition_deal_fk FOREIGN KEY (tenant_id, deal_id) REFERENCES deal (tenant_id, id)
        DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT stage_transition_tenant_not_blank CHECK (tenant_id <> '')
);
CREATE INDEX stage_transition_deal_idx ON stage_transition (tenant_id, deal_id, at);
CREATE INDEX stage_transition_at_idx ON stage_transition (tenant_id, at);

CREATE TABLE activity (
    tenant_id   varchar(64)   NOT NULL REFERENCES tenant (id),
    id          uuid          NOT NULL,
    version     bigint        NOT NULL,
    type        varchar(32)   NOT NULL,
    direction   varchar(8)    NOT NULL,
    occurred_at timestamptz   NOT NULL,
    logged_by   varchar(64)   NOT NULL,
    summary     varchar(4000) NOT NULL,
    CONSTRAINT activity_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT activity_tenant_not_blank CHECK (tenant_id <> '')
);
CREATE INDEX activity_by_idx ON activity (tenant_id, logged_by, occurred_at);
CREATE INDEX activity_time_idx ON activity (tenant_id, occurred_at DESC, id DESC);

-- What each activity is about (a lead, account, contact or deal): the timeline of a record is read from here.
CREATE TABLE activity_link (
    tenant_id   varchar(64) NOT NULL,
    activity_id uuid        NOT NULL,
    record_type varchar(16) NOT NULL,
    record_id   varchar(64) NOT NULL,
    CONSTRAINT activity_link_pk PRIMARY KEY (tenant_id, activity_id, record_type, record_id),
    CONSTRAINT activity_link_activity_fk FOREIGN KEY (tenant_id, activity_id) REFERENCES activity (tenant_id, id)
        DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT activity_link_tenant_not_blank CHECK (tenant_id <> '')
);
CREATE INDEX activity_link_record_idx ON activity_link (tenant_id, record_type, record_id);

CREATE TABLE task (
    tenant_id  varchar(64)  NOT NULL REFERENCES tenant (id),
    id         uuid         NOT NULL,
    version    bigint       NOT NULL,
    about_type varchar(16)  NOT NULL,
    about_id   varchar(64)  NOT NULL,
    title      varchar(200) NOT NULL,
    due        timestamptz  NOT NULL,
    owner_id   varchar(64)  NOT NULL,
    status     varchar(8)   NOT NULL CHECK (status IN ('OPEN', 'DONE')),
    created_at timestamptz  NOT NULL,
    done_at    timestamptz,
    CONSTRAINT task_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT task_done_when_done CHECK ((status = 'DONE') = (done_at IS NOT NULL)),
    CONSTRAINT task_tenant_not_blank CHECK (tenant_id <> '')
);
CREATE INDEX task_owner_open_idx ON task (tenant_id, owner_id, due, id) WHERE status = 'OPEN';
CREATE INDEX task_about_idx ON task (tenant_id, about_type, about_id);

-- Append-only: every change to every field, written in the transaction of the change.
CREATE SEQUENCE audit_entry_seq INCREMENT BY 50 START WITH 50;
CREATE TABLE audit_entry (
    tenant_id   varchar(64) NOT NULL REFERENCES tenant (id),
    id          bigint      NOT NULL,
    record_type varchar(16) NOT NULL,
    record_id   varchar(64) NOT NULL,
    field       varchar(64) NOT NULL,
    old_value   text,
    new_value   text,
    actor       varchar(64) NOT NULL,
    at          timestamptz NOT NULL,
    reason      varchar(500),
    CONSTRAINT audit_entry_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT audit_entry_tenant_not_blank CHECK (tenant_id <> '')
);
CREATE INDEX audit_entry_record_idx ON audit_entry (tenant_id, record_type, record_id, id);

DO $$
DECLARE
    scoped text;
BEGIN
    FOREACH scoped IN ARRAY ARRAY['account', 'contact', 'deal', 'lead', 'stage_transition', 'activity',
                                  'activity_link', 'task', 'audit_entry']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', scoped);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', scoped);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I '
                       'USING (tenant_id = (SELECT current_setting(''app.tenant_id'', true))) '
                       'WITH CHECK (tenant_id = (SELECT current_setting(''app.tenant_id'', true)))', scoped);
    END LOOP;
END
$$;

GRANT SELECT, INSERT, UPDATE, DELETE ON account, contact, deal, lead, activity, activity_link, task TO ${appRole};
GRANT SELECT, INSERT ON stage_transition, audit_entry TO ${appRole};
GRANT USAGE, SELECT ON SEQUENCE stage_transition_seq, audit_entry_seq TO ${appRole};
