-- The quote-to-cash chain (docs/orders.md): the catalogue, quotes with their versions, sales orders with their
-- payment plans, and the gap-free document numbers. A quote's versions and an order's lines, terms and payments are
-- values of their aggregate, written whole with it; they are kept as JSON documents in text columns (a sent version
-- is a frozen document), with the columns the queries need beside them.
CREATE TABLE product (
    tenant_id  varchar(64)  NOT NULL REFERENCES tenant (id),
    id         uuid         NOT NULL,
    version    bigint       NOT NULL,
    sku        varchar(64)  NOT NULL,
    sku_key    varchar(64)  NOT NULL,
    name       varchar(200) NOT NULL,
    unit       varchar(200) NOT NULL,
    prices     text         NOT NULL,
    active     boolean      NOT NULL,
    created_at timestamptz  NOT NULL,
    CONSTRAINT product_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT product_sku_once UNIQUE (tenant_id, sku_key),
    CONSTRAINT product_tenant_not_blank CHECK (tenant_id <> '')
);
SELECT enable_tenant_isolation('product');
GRANT SELECT, INSERT, UPDATE ON product TO ${appRole};

CREATE TABLE quote (
    tenant_id     varchar(64) NOT NULL REFERENCES tenant (id),
    id            uuid        NOT NULL,
    version       bigint      NOT NULL,
    number        varchar(32) NOT NULL,
    deal_id       uuid        NOT NULL,
    owner_id      varchar(64) NOT NULL,
    currency      char(3)     NOT NULL,
    created_at    timestamptz NOT NULL,
    latest_status varchar(16) NOT NULL,
    -- JSON array of the user ids the latest version's waiting approval step is assigned to: the approvers' queues
    waiting_for   text        NOT NULL DEFAULT '[]',
    versions      text        NOT NULL,
    CONSTRAINT quote_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT quote_number_once UNIQUE (tenant_id, number),
    CONSTRAINT quote_deal_fk FOREIGN KEY (tenant_id, deal_id) REFERENCES deal (tenant_id, id)
        DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT quote_tenant_not_blank CHECK (tenant_id <> '')
);
CREATE INDEX quote_deal_idx ON quote (tenant_id, deal_id);
CREATE INDEX quote_in_approval_idx ON quote (tenant_id) WHERE latest_status = 'IN_APPROVAL';
SELECT enable_tenant_isolation('quote');
GRANT SELECT, INSERT, UPDATE ON quote TO ${appRole};

CREATE TABLE sales_order (
    tenant_id     varchar(64)    NOT NULL REFERENCES tenant (id),
    id            uuid           NOT NULL,
    version       bigint         NOT NULL,
    number        varchar(32)    NOT NULL,
    deal_id       uuid           NOT NULL,
    account_id    uuid           NOT NULL,
    quote_id      uuid           NOT NULL,
    quote_version integer        NOT NULL,
    owner_id      varchar(64)    NOT NULL,
    currency      char(3)        NOT NULL,
    amount        numeric(19, 4) NOT NULL,
    outstanding   numeric(19, 4) NOT NULL,
    status        varchar(16)    NOT NULL CHECK (status IN ('CONFIRMED', 'IN_PRODUCTION', 'SHIPPED', 'DELIVERED',
                                                            'CLOSED', 'CANCELLED')),
    cancel_reason varchar(500),
    created_at    timestamptz    NOT NULL,
    lines         text           NOT NULL,
    terms         text           NOT NULL,
    payments      text           NOT NULL,
    CONSTRAINT sales_order_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT sales_order_number_once UNIQUE (tenant_id, number),
    CONSTRAINT sales_order_quote_once UNIQUE (tenant_id, quote_id),
    CONSTRAINT sales_order_quote_fk FOREIGN KEY (tenant_id, quote_id) REFERENCES quote (tenant_id, id)
        DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT sales_order_deal_fk FOREIGN KEY (tenant_id, deal_id) REFERENCES deal (tenant_id, id)
        DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT sales_order_cancelled_with_reason CHECK ((status = 'CANCELLED') = (cancel_reason IS NOT NULL)),
    CONSTRAINT sales_order_tenant_not_blank CHECK (tenant_id <> '')
);
CREATE INDEX sales_order_owed_idx ON sales_order (tenant_id) WHERE outstanding > 0 AND status <> 'CANCELLED';
SELECT enable_tenant_isolation('sales_order');
GRANT SELECT, INSERT, UPDATE ON sales_order TO ${appRole};

-- One counter per tenant, kind and year, moved inside the document's transaction: the row stays locked until it
-- commits, and a rollback puts the number back, so a year's quotes and orders have no gap (a sequence would).
CREATE TABLE document_number (
    tenant_id varchar(64) NOT NULL REFERENCES tenant (id),
    kind      varchar(8)  NOT NULL CHECK (kind IN ('QUOTE', 'ORDER')),
    year      integer     NOT NULL,
    last      bigint      NOT NULL CHECK (last > 0),
    CONSTRAINT document_number_pk PRIMARY KEY (tenant_id, kind, year),
    CONSTRAINT document_number_tenant_not_blank CHECK (tenant_id <> '')
);
SELECT enable_tenant_isolation('document_number');
GRANT SELECT, INSERT, UPDATE ON document_number TO ${appRole};

-- Quote approval steps wait on the SLA module's durable timers, whose subject is now a quote too.
ALTER TABLE sla_timer DROP CONSTRAINT sla_timer_subject_type_check;
ALTER TABLE sla_timer ADD CONSTRAINT sla_timer_subject_type_check CHECK (subject_type IN ('LEAD', 'DEAL', 'QUOTE'));
