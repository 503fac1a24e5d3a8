-- Email sync (crm-core mailbox): each user's IMAP mailboxes, the password sealed with the tenant's data key
-- (V13), how far each folder was read, and every message taken onto the timeline, once per tenant by Message-ID.
CREATE TABLE mailbox (
    tenant_id       varchar(64)  NOT NULL REFERENCES tenant (id),
    id              uuid         NOT NULL,
    owner_id        varchar(64)  NOT NULL,
    address         varchar(254) NOT NULL,
    host            varchar(253) NOT NULL,
    port            integer      NOT NULL CHECK (port BETWEEN 1 AND 65535),
    security        varchar(8)   NOT NULL CHECK (security IN ('SSL', 'STARTTLS', 'NONE')),
    username        varchar(254) NOT NULL,
    password_sealed varchar(1000) NOT NULL,
    folders         varchar(1000) NOT NULL,
    created_at      timestamptz  NOT NULL,
    last_synced_at  timestamptz,
    last_error      varchar(300),
    next_sync_at    timestamptz  NOT NULL,
    claimed_by      varchar(100),
    claimed_until   timestamptz,
    CONSTRAINT mailbox_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT mailbox_once_per_owner UNIQUE (tenant_id, owner_id, address),
    CONSTRAINT mailbox_tenant_not_blank CHECK (tenant_id <> '')
);
CREATE INDEX mailbox_due_idx ON mailbox (next_sync_at);
SELECT enable_tenant_isolation('mailbox');
CREATE POLICY syncer_sees_all_tenants ON mailbox TO CURRENT_USER USING (true) WITH CHECK (true);
GRANT SELECT, INSERT, UPDATE, DELETE ON mailbox TO ${appRole};

CREATE TABLE mailbox_folder (
    tenant_id    varchar(64)  NOT NULL REFERENCES tenant (id),
    mailbox_id   uuid         NOT NULL,
    folder       varchar(200) NOT NULL,
    uid_validity bigint       NOT NULL,
    last_uid     bigint       NOT NULL CHECK (last_uid >= 0),
    CONSTRAINT mailbox_folder_pk PRIMARY KEY (tenant_id, mailbox_id, folder),
    CONSTRAINT mailbox_folder_mailbox_fk FOREIGN KEY (tenant_id, mailbox_id)
        REFERENCES mailbox (tenant_id, id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT mailbox_folder_tenant_not_blank CHECK (tenant_id <> '')
);
SELECT enable_tenant_isolation('mailbox_folder');
GRANT SELECT, INSERT, UPDATE, DELETE ON mailbox_folder TO ${appRole};

-- Messages taken: the activity each became and the text kept (cut to the deployment's body limit). No foreign
-- key to mailbox: a disconnected mailbox's mail stays on the timeline and keeps being recognised.
CREATE TABLE mail_message (
    tenant_id      varchar(64)   NOT NULL REFERENCES tenant (id),
    message_id     varchar(998)  NOT NULL,
    mailbox_id     uuid          NOT NULL,
    folder         varchar(200)  NOT NULL,
    uid            bigint        NOT NULL,
    activity_id    uuid          NOT NULL,
    subject        varchar(1000) NOT NULL,
    from_address   varchar(254),
    recipients     varchar(4000) NOT NULL,
    sent_at        timestamptz   NOT NULL,
    body           text          NOT NULL,
    body_truncated boolean       NOT NULL,
    CONSTRAINT mail_message_pk PRIMARY KEY (tenant_id, message_id),
    CONSTRAINT mail_message_activity_fk FOREIGN KEY (tenant_id, activity_id)
        REFERENCES activity (tenant_id, id) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT mail_message_tenant_not_blank CHECK (tenant_id <> '')
);
CREATE INDEX mail_message_activity_idx ON mail_message (tenant_id, activity_id);
SELECT enable_tenant_isolation('mail_message');
GRANT SELECT, INSERT ON mail_message TO ${appRole};

-- Claims up to max_rows mailboxes due for a sync for claimant for lease, like SLA timers and webhook deliveries.
CREATE FUNCTION claim_due_mailboxes(now timestamptz, max_rows integer, claimant varchar, lease interval)
    RETURNS TABLE (tenant_id varchar, id uuid)
    LANGUAGE sql SECURITY DEFINER SET search_path FROM CURRENT AS $$
    UPDATE mailbox m SET claimed_by = claimant, claimed_until = now + lease
    FROM (SELECT s.tenant_id, s.id FROM mailbox s
          WHERE s.next_sync_at <= now AND (s.claimed_until IS NULL OR s.claimed_until < now)
          ORDER BY s.next_sync_at
          LIMIT max_rows
          FOR UPDATE SKIP LOCKED) due
    WHERE m.tenant_id = due.tenant_id AND m.id = due.id
    RETURNING m.tenant_id, m.id
$$;

REVOKE ALL ON FUNCTION claim_due_mailboxes(timestamptz, integer, varchar, interval) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION claim_due_mailboxes(timestamptz, integer, varchar, interval) TO ${appRole};
