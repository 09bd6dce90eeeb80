-- Catalogue: a category tree, products (SPU) and their SKUs with prices.

CREATE SEQUENCE category_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE category (
    id              BIGINT        NOT NULL PRIMARY KEY,
    parent_id       BIGINT,
    slug            VARCHAR(80)   NOT NULL,
    name_zh         VARCHAR(100)  NOT NULL,
    name_en         VARCHAR(100)  NOT NULL,
    position        INTEGER       NOT NULL DEFAULT 0,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_category_slug UNIQUE (slug),
    CONSTRAINT fk_category_parent FOREIGN KEY (parent_id) REFERENCES category (id)
);

CREATE SEQUENCE product_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE product (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    category_id     BIGINT                   NOT NULL,
    slug            VARCHAR(120)             NOT NULL,
    name_zh         VARCHAR(200)             NOT NULL,
    name_en         VARCHAR(200)             NOT NULL,
    description_zh  TEXT,
    description_en  TEXT,
    status          VARCHAR(20)              NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT uq_product_slug UNIQUE (slug),
    CONSTRAINT fk_product_category FOREIGN KEY (category_id) REFERENCES category (id),
    CONSTRAINT ck_product_status CHECK (status IN ('DRAFT', 'ON_SALE', 'OFF_SHELF'))
);
CREATE INDEX ix_product_category ON product (category_id);

CREATE SEQUENCE sku_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE sku (
    id              BIGINT         NOT NULL PRIMARY KEY,
    product_id      BIGINT         NOT NULL,
    code            VARCHAR(40)    NOT NULL,
    spec_zh         VARCHAR(200)   NOT NULL,
    spec_en         VARCHAR(200)   NOT NULL,
    price           NUMERIC(19, 2) NOT NULL,
    list_price      NUMERIC(19, 2),
    currency        CHAR(3)        NOT NULL,
    version         BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT uq_sku_code UNIQUE (code),
    CONSTRAINT fk_sku_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE,
    CONSTRAINT ck_sku_price_positive CHECK (price > 0),
    CONSTRAINT ck_sku_list_price CHECK (list_price IS NULL OR list_price >= price)
);
CREATE INDEX ix_sku_product ON sku (product_id);
