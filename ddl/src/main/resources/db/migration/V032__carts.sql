-- Carts: one per owner ('guest:<cookie token>' for a visitor, 'customer:<id>' for a signed-in shopper), its
-- lines by SKU code with the price the shopper saw when adding (to tell them when it changed since).

CREATE SEQUENCE cart_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE cart (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    owner           VARCHAR(80)              NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT uq_cart_owner UNIQUE (owner)
);

CREATE SEQUENCE cart_line_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE cart_line (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    cart_id         BIGINT                   NOT NULL,
    sku_code        VARCHAR(40)              NOT NULL,
    quantity        INTEGER                  NOT NULL,
    seen_price      NUMERIC(19, 2)           NOT NULL,
    currency        CHAR(3)                  NOT NULL,
    added_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_cart_line_cart FOREIGN KEY (cart_id) REFERENCES cart (id) ON DELETE CASCADE,
    CONSTRAINT uq_cart_line_sku UNIQUE (cart_id, sku_code),
    CONSTRAINT ck_cart_line_quantity CHECK (quantity > 0)
);
CREATE INDEX ix_cart_updated ON cart (updated_at);
