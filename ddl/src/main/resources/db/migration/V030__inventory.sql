-- Inventory: warehouses, stock per SKU per warehouse, reservations held for orders, and the stock movement
-- log (every change of on-hand or reserved quantities is one row; the purchasing team queries it, and the
-- sums of its deltas equal the stock rows). SKUs are referred to by their code, the catalogue's business key.

CREATE SEQUENCE warehouse_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE warehouse (
    id              BIGINT        NOT NULL PRIMARY KEY,
    code            VARCHAR(40)   NOT NULL,
    name_zh         VARCHAR(100)  NOT NULL,
    name_en         VARCHAR(100)  NOT NULL,
    -- Lower first: where a reservation is taken from when several warehouses hold the SKU.
    priority        INTEGER       NOT NULL DEFAULT 0,
    active          BOOLEAN       NOT NULL DEFAULT TRUE,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_warehouse_code UNIQUE (code)
);

CREATE SEQUENCE stock_seq START WITH 1000 INCREMENT BY 50;

-- Available is on_hand - reserved; the checks are the last guard against overselling.
CREATE TABLE stock (
    id              BIGINT        NOT NULL PRIMARY KEY,
    warehouse_id    BIGINT        NOT NULL,
    sku_code        VARCHAR(40)   NOT NULL,
    on_hand         INTEGER       NOT NULL DEFAULT 0,
    reserved        INTEGER       NOT NULL DEFAULT 0,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_stock_sku_warehouse UNIQUE (sku_code, warehouse_id),
    CONSTRAINT fk_stock_warehouse FOREIGN KEY (warehouse_id) REFERENCES warehouse (id),
    CONSTRAINT ck_stock_on_hand CHECK (on_hand >= 0),
    CONSTRAINT ck_stock_reserved CHECK (reserved >= 0 AND reserved <= on_hand)
);

CREATE SEQUENCE stock_reservation_seq START WITH 1000 INCREMENT BY 50;

-- Units held for a reference (an order: 'order:<id>') until released (cancelled, closed) or consumed (shipped).
CREATE TABLE stock_reservation (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    reference       VARCHAR(80)              NOT NULL,
    stock_id        BIGINT                   NOT NULL,
    sku_code        VARCHAR(40)              NOT NULL,
    quantity        INTEGER                  NOT NULL,
    status          VARCHAR(20)              NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    settled_at      TIMESTAMP WITH TIME ZONE,
    version         BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT fk_stock_reservation_stock FOREIGN KEY (stock_id) REFERENCES stock (id),
    CONSTRAINT ck_stock_reservation_quantity CHECK (quantity > 0),
    CONSTRAINT ck_stock_reservation_status CHECK (status IN ('HELD', 'RELEASED', 'CONSUMED'))
);
CREATE INDEX ix_stock_reservation_reference ON stock_reservation (reference);

CREATE SEQUENCE stock_movement_seq START WITH 1000 INCREMENT BY 50;

-- The change log: one row per change of a stock row, with the deltas it applied.
CREATE TABLE stock_movement (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    stock_id        BIGINT                   NOT NULL,
    warehouse_id    BIGINT                   NOT NULL,
    sku_code        VARCHAR(40)              NOT NULL,
    kind            VARCHAR(20)              NOT NULL,
    on_hand_delta   INTEGER                  NOT NULL,
    reserved_delta  INTEGER                  NOT NULL,
    on_hand_after   INTEGER                  NOT NULL,
    reserved_after  INTEGER                  NOT NULL,
    reference       VARCHAR(80),
    reason          VARCHAR(200),
    actor           VARCHAR(80)              NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_stock_movement_stock FOREIGN KEY (stock_id) REFERENCES stock (id),
    CONSTRAINT ck_stock_movement_kind CHECK (kind IN ('RECEIPT', 'ADJUSTMENT', 'RESERVE', 'RELEASE', 'CONSUME'))
);
CREATE INDEX ix_stock_movement_sku ON stock_movement (sku_code, occurred_at);
CREATE INDEX ix_stock_movement_stock ON stock_movement (stock_id);
