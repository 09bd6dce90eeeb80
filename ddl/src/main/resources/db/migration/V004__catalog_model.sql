-- Catalogue model: brands, attributes with their options, per-category attribute sets, product attribute
-- values, SKU variants (one option per variant attribute), barcodes, weights, publish times and images.

CREATE SEQUENCE media_seq START WITH 1000 INCREMENT BY 50;

-- Images stored in the database so that every node serves the same bytes; the sha256 lets an upload of
-- the same file reuse the row.
CREATE TABLE media (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    sha256          CHAR(64)                 NOT NULL,
    content_type    VARCHAR(40)              NOT NULL,
    file_name       VARCHAR(200)             NOT NULL,
    width           INTEGER                  NOT NULL,
    height          INTEGER                  NOT NULL,
    byte_size       INTEGER                  NOT NULL,
    bytes           BYTEA                    NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_media_sha256 UNIQUE (sha256),
    CONSTRAINT ck_media_type CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp', 'image/gif'))
);

CREATE SEQUENCE brand_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE brand (
    id              BIGINT        NOT NULL PRIMARY KEY,
    slug            VARCHAR(80)   NOT NULL,
    name_zh         VARCHAR(100)  NOT NULL,
    name_en         VARCHAR(100)  NOT NULL,
    logo_id         BIGINT,
    story_zh        TEXT,
    story_en        TEXT,
    position        INTEGER       NOT NULL DEFAULT 0,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_brand_slug UNIQUE (slug),
    CONSTRAINT fk_brand_logo FOREIGN KEY (logo_id) REFERENCES media (id)
);

CREATE SEQUENCE attribute_seq START WITH 1000 INCREMENT BY 50;

-- An attribute a product or SKU can carry: free text, a number (with a unit) or one of a list of options.
-- Only enumerated attributes can be variant axes (colour, size) and facets.
CREATE TABLE attribute (
    id              BIGINT        NOT NULL PRIMARY KEY,
    code            VARCHAR(40)   NOT NULL,
    name_zh         VARCHAR(100)  NOT NULL,
    name_en         VARCHAR(100)  NOT NULL,
    kind            VARCHAR(10)   NOT NULL,
    unit            VARCHAR(20),
    filterable      BOOLEAN       NOT NULL DEFAULT FALSE,
    position        INTEGER       NOT NULL DEFAULT 0,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_attribute_code UNIQUE (code),
    CONSTRAINT ck_attribute_kind CHECK (kind IN ('TEXT', 'NUMBER', 'ENUM'))
);

CREATE SEQUENCE attribute_option_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE attribute_option (
    id              BIGINT        NOT NULL PRIMARY KEY,
    attribute_id    BIGINT        NOT NULL,
    code            VARCHAR(40)   NOT NULL,
    label_zh        VARCHAR(100)  NOT NULL,
    label_en        VARCHAR(100)  NOT NULL,
    position        INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT uq_attribute_option_code UNIQUE (attribute_id, code),
    CONSTRAINT fk_attribute_option_attribute FOREIGN KEY (attribute_id) REFERENCES attribute (id) ON DELETE CASCADE
);

-- The attribute set of a category: which attributes its products describe, which of them are variant
-- axes (one SKU per combination of their options) and which must be filled. A category also offers the
-- attributes of its ancestors.
CREATE TABLE category_attribute (
    category_id     BIGINT        NOT NULL,
    attribute_id    BIGINT        NOT NULL,
    position        INTEGER       NOT NULL DEFAULT 0,
    variant         BOOLEAN       NOT NULL DEFAULT FALSE,
    required        BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT pk_category_attribute PRIMARY KEY (category_id, attribute_id),
    CONSTRAINT fk_category_attribute_category FOREIGN KEY (category_id) REFERENCES category (id) ON DELETE CASCADE,
    CONSTRAINT fk_category_attribute_attribute FOREIGN KEY (attribute_id) REFERENCES attribute (id)
);

ALTER TABLE product ADD COLUMN brand_id BIGINT;
ALTER TABLE product ADD COLUMN publish_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE product ADD COLUMN unpublish_at TIMESTAMP WITH TIME ZONE;
-- The lowest SKU price, kept by the catalogue on every change: what lists sort and filter by.
ALTER TABLE product ADD COLUMN min_price NUMERIC(19, 2);
ALTER TABLE product ADD CONSTRAINT fk_product_brand FOREIGN KEY (brand_id) REFERENCES brand (id);
ALTER TABLE product ADD CONSTRAINT ck_product_publish_window
    CHECK (publish_at IS NULL OR unpublish_at IS NULL OR unpublish_at > publish_at);
CREATE INDEX ix_product_brand ON product (brand_id);
CREATE INDEX ix_product_status_category ON product (status, category_id);
UPDATE product SET min_price = (SELECT MIN(s.price) FROM sku s WHERE s.product_id = product.id);

-- Product-level attribute values (material, fit): one value per attribute, typed by the attribute's kind.
CREATE TABLE product_attribute (
    product_id      BIGINT         NOT NULL,
    attribute_id    BIGINT         NOT NULL,
    option_id       BIGINT,
    text_value      VARCHAR(200),
    number_value    NUMERIC(19, 4),
    CONSTRAINT pk_product_attribute PRIMARY KEY (product_id, attribute_id),
    CONSTRAINT fk_product_attribute_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE,
    CONSTRAINT fk_product_attribute_attribute FOREIGN KEY (attribute_id) REFERENCES attribute (id),
    CONSTRAINT fk_product_attribute_option FOREIGN KEY (option_id) REFERENCES attribute_option (id),
    CONSTRAINT ck_product_attribute_one_value CHECK (
        (CASE WHEN option_id IS NULL THEN 0 ELSE 1 END)
        + (CASE WHEN text_value IS NULL THEN 0 ELSE 1 END)
        + (CASE WHEN number_value IS NULL THEN 0 ELSE 1 END) = 1)
);
CREATE INDEX ix_product_attribute_option ON product_attribute (option_id);

ALTER TABLE sku ADD COLUMN barcode VARCHAR(14);
ALTER TABLE sku ADD COLUMN weight_grams INTEGER;
ALTER TABLE sku ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sku ADD CONSTRAINT uq_sku_barcode UNIQUE (barcode);
ALTER TABLE sku ADD CONSTRAINT ck_sku_weight CHECK (weight_grams IS NULL OR weight_grams >= 0);

-- A SKU's place on each variant axis of its product (colour = red, size = M).
CREATE TABLE sku_option (
    sku_id          BIGINT        NOT NULL,
    attribute_id    BIGINT        NOT NULL,
    option_id       BIGINT        NOT NULL,
    CONSTRAINT pk_sku_option PRIMARY KEY (sku_id, attribute_id),
    CONSTRAINT fk_sku_option_sku FOREIGN KEY (sku_id) REFERENCES sku (id) ON DELETE CASCADE,
    CONSTRAINT fk_sku_option_attribute FOREIGN KEY (attribute_id) REFERENCES attribute (id),
    CONSTRAINT fk_sku_option_option FOREIGN KEY (option_id) REFERENCES attribute_option (id)
);
CREATE INDEX ix_sku_option_option ON sku_option (option_id);

-- A product's gallery in order; an image may belong to one SKU (the red one's photos).
CREATE SEQUENCE product_image_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE product_image (
    id              BIGINT        NOT NULL PRIMARY KEY,
    product_id      BIGINT        NOT NULL,
    position        INTEGER       NOT NULL,
    media_id        BIGINT        NOT NULL,
    sku_id          BIGINT,
    alt_zh          VARCHAR(200),
    alt_en          VARCHAR(200),
    CONSTRAINT fk_product_image_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE,
    CONSTRAINT fk_product_image_media FOREIGN KEY (media_id) REFERENCES media (id),
    CONSTRAINT fk_product_image_sku FOREIGN KEY (sku_id) REFERENCES sku (id) ON DELETE SET NULL
);
CREATE INDEX ix_product_image_product ON product_image (product_id, position);
