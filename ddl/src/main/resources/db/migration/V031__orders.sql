-- Orders: the order with its delivery address and amounts, its lines (a snapshot of each SKU as it was when
-- the order was placed), the amount lines that sum to the payable, and every status change with who, when
-- and why. Products and SKUs are referred to by id and code only.

CREATE SEQUENCE sales_order_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE sales_order (
    id               BIGINT                   NOT NULL PRIMARY KEY,
    order_number     VARCHAR(32)              NOT NULL,
    buyer            VARCHAR(80)              NOT NULL,
    -- Chosen by the checkout page once per checkout: a second submit with it finds the first order.
    submission_token VARCHAR(64)              NOT NULL,
    visitor_id       VARCHAR(64),
    status           VARCHAR(20)              NOT NULL,
    currency         CHAR(3)                  NOT NULL,
    items_total      NUMERIC(19, 2)           NOT NULL,
    shipping_fee     NUMERIC(19, 2)           NOT NULL,
    payable          NUMERIC(19, 2)           NOT NULL,
    shipping_method  VARCHAR(20)              NOT NULL,
    recipient        VARCHAR(40)              NOT NULL,
    phone            VARCHAR(20)              NOT NULL,
    province         VARCHAR(40)              NOT NULL,
    city             VARCHAR(40)              NOT NULL,
    district         VARCHAR(40)              NOT NULL,
    street           VARCHAR(200)             NOT NULL,
    postcode         CHAR(6)                  NOT NULL,
    remark           VARCHAR(200),
    placed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    pay_by           TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT uq_sales_order_number UNIQUE (order_number),
    CONSTRAINT uq_sales_order_submission UNIQUE (buyer, submission_token),
    CONSTRAINT ck_sales_order_status CHECK (status IN ('CREATED', 'AWAITING_PAYMENT', 'PAID', 'IN_REVIEW',
        'ALLOCATED', 'SHIPPED', 'DELIVERED', 'COMPLETED', 'CANCELLED', 'CLOSED')),
    CONSTRAINT ck_sales_order_amounts CHECK (items_total >= 0 AND shipping_fee >= 0
        AND payable = items_total + shipping_fee)
);
CREATE INDEX ix_sales_order_buyer ON sales_order (buyer, placed_at);
-- The closing timer's question: which orders await payment past their deadline.
CREATE INDEX ix_sales_order_unpaid ON sales_order (status, pay_by);

CREATE SEQUENCE sales_order_line_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE sales_order_line (
    id              BIGINT         NOT NULL PRIMARY KEY,
    order_id        BIGINT         NOT NULL,
    position        INTEGER        NOT NULL,
    product_id      BIGINT         NOT NULL,
    product_slug    VARCHAR(120)   NOT NULL,
    sku_code        VARCHAR(40)    NOT NULL,
    name_zh         VARCHAR(200)   NOT NULL,
    name_en         VARCHAR(200)   NOT NULL,
    spec_zh         VARCHAR(200)   NOT NULL,
    spec_en         VARCHAR(200)   NOT NULL,
    options_zh      VARCHAR(500),
    options_en      VARCHAR(500),
    unit_price      NUMERIC(19, 2) NOT NULL,
    list_price      NUMERIC(19, 2),
    quantity        INTEGER        NOT NULL,
    line_total      NUMERIC(19, 2) NOT NULL,
    CONSTRAINT fk_sales_order_line_order FOREIGN KEY (order_id) REFERENCES sales_order (id),
    CONSTRAINT ck_sales_order_line_quantity CHECK (quantity > 0),
    CONSTRAINT ck_sales_order_line_total CHECK (line_total = unit_price * quantity)
);
CREATE INDEX ix_sales_order_line_order ON sales_order_line (order_id);

CREATE SEQUENCE sales_order_amount_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE sales_order_amount (
    id              BIGINT         NOT NULL PRIMARY KEY,
    order_id        BIGINT         NOT NULL,
    position        INTEGER        NOT NULL,
    kind            VARCHAR(20)    NOT NULL,
    amount          NUMERIC(19, 2) NOT NULL,
    CONSTRAINT fk_sales_order_amount_order FOREIGN KEY (order_id) REFERENCES sales_order (id)
);
CREATE INDEX ix_sales_order_amount_order ON sales_order_amount (order_id);

CREATE SEQUENCE sales_order_status_change_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE sales_order_status_change (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    order_id        BIGINT                   NOT NULL,
    from_status     VARCHAR(20),
    to_status       VARCHAR(20)              NOT NULL,
    actor           VARCHAR(80)              NOT NULL,
    reason          VARCHAR(200),
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_sales_order_status_change_order FOREIGN KEY (order_id) REFERENCES sales_order (id)
);
CREATE INDEX ix_sales_order_status_change_order ON sales_order_status_change (order_id);

-- Work that must run once per deployment group (timers fire on every node): a node runs it only after
-- moving claimed_until forward by a conditional UPDATE that just one node can win.
CREATE TABLE job_claim (
    name            VARCHAR(60)              NOT NULL PRIMARY KEY,
    claimed_until   TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_by      VARCHAR(80)
);
INSERT INTO job_claim (name, claimed_until, claimed_by) VALUES ('order-close-unpaid', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00', NULL);
