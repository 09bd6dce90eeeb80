-- Merchandising: hand-made menu links, ad and recommendation slots with scheduled content, campaign pages
-- built from blocks, A/B experiments over campaign pages, and the sales lines and "also bought" pairs
-- that the order.placed events feed. Products, categories and media are referred to by id only.

CREATE SEQUENCE menu_link_seq START WITH 1000 INCREMENT BY 50;

-- A link in the storefront's top menu beside the categories; shown while visible and inside its window.
CREATE TABLE menu_link (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    label_zh        VARCHAR(60)              NOT NULL,
    label_en        VARCHAR(60)              NOT NULL,
    url             VARCHAR(500)             NOT NULL,
    position        INTEGER                  NOT NULL DEFAULT 0,
    visible         BOOLEAN                  NOT NULL DEFAULT TRUE,
    starts_at       TIMESTAMP WITH TIME ZONE,
    ends_at         TIMESTAMP WITH TIME ZONE,
    version         BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT ck_menu_link_window CHECK (starts_at IS NULL OR ends_at IS NULL OR ends_at > starts_at)
);

CREATE SEQUENCE slot_seq START WITH 1000 INCREMENT BY 50;

-- A place on the storefront's pages (home-hero, home-recommend, category-top) that shows scheduled content.
CREATE TABLE slot (
    id              BIGINT        NOT NULL PRIMARY KEY,
    code            VARCHAR(40)   NOT NULL,
    name_zh         VARCHAR(100)  NOT NULL,
    name_en         VARCHAR(100)  NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_slot_code UNIQUE (code)
);

CREATE SEQUENCE slot_item_seq START WITH 1000 INCREMENT BY 50;

-- One piece of a slot's content: an image with a link, a text link or a list of products (slugs, in order).
CREATE TABLE slot_item (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    slot_id         BIGINT                   NOT NULL,
    kind            VARCHAR(20)              NOT NULL,
    position        INTEGER                  NOT NULL DEFAULT 0,
    label_zh        VARCHAR(200),
    label_en        VARCHAR(200),
    link_url        VARCHAR(500),
    media_id        BIGINT,
    product_slugs   VARCHAR(2000),
    starts_at       TIMESTAMP WITH TIME ZONE,
    ends_at         TIMESTAMP WITH TIME ZONE,
    version         BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT fk_slot_item_slot FOREIGN KEY (slot_id) REFERENCES slot (id) ON DELETE CASCADE,
    CONSTRAINT fk_slot_item_media FOREIGN KEY (media_id) REFERENCES media (id),
    CONSTRAINT ck_slot_item_kind CHECK (kind IN ('IMAGE', 'TEXT_LINK', 'PRODUCT_LIST')),
    CONSTRAINT ck_slot_item_window CHECK (starts_at IS NULL OR ends_at IS NULL OR ends_at > starts_at)
);
CREATE INDEX ix_slot_item_slot ON slot_item (slot_id, position);

CREATE SEQUENCE campaign_page_seq START WITH 1000 INCREMENT BY 50;

-- A landing page at /campaign/{slug}; shoppers see it only while published and inside its window.
CREATE TABLE campaign_page (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    slug            VARCHAR(80)              NOT NULL,
    title_zh        VARCHAR(200)             NOT NULL,
    title_en        VARCHAR(200)             NOT NULL,
    status          VARCHAR(20)              NOT NULL,
    starts_at       TIMESTAMP WITH TIME ZONE,
    ends_at         TIMESTAMP WITH TIME ZONE,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT uq_campaign_page_slug UNIQUE (slug),
    CONSTRAINT ck_campaign_page_status CHECK (status IN ('DRAFT', 'PUBLISHED')),
    CONSTRAINT ck_campaign_page_window CHECK (starts_at IS NULL OR ends_at IS NULL OR ends_at > starts_at)
);

CREATE SEQUENCE campaign_block_seq START WITH 1000 INCREMENT BY 50;

-- The blocks of a campaign page in order. Rich text is stored sanitised.
CREATE TABLE campaign_block (
    id              BIGINT        NOT NULL PRIMARY KEY,
    page_id         BIGINT        NOT NULL,
    position        INTEGER       NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    media_id        BIGINT,
    link_url        VARCHAR(500),
    text_zh         TEXT,
    text_en         TEXT,
    product_slugs   VARCHAR(2000),
    category_slug   VARCHAR(80),
    slot_code       VARCHAR(40),
    CONSTRAINT fk_campaign_block_page FOREIGN KEY (page_id) REFERENCES campaign_page (id) ON DELETE CASCADE,
    CONSTRAINT fk_campaign_block_media FOREIGN KEY (media_id) REFERENCES media (id),
    CONSTRAINT ck_campaign_block_kind CHECK (kind IN ('HERO', 'RICH_TEXT', 'PRODUCT_GRID', 'SLOT'))
);
CREATE INDEX ix_campaign_block_page ON campaign_block (page_id, position);

CREATE SEQUENCE experiment_seq START WITH 1000 INCREMENT BY 50;

-- An A/B experiment: visitors of a campaign page's URL see one of its variants, by weight, sticky per visitor.
CREATE TABLE experiment (
    id              BIGINT        NOT NULL PRIMARY KEY,
    name            VARCHAR(100)  NOT NULL,
    page_id         BIGINT        NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_experiment_page FOREIGN KEY (page_id) REFERENCES campaign_page (id),
    CONSTRAINT ck_experiment_status CHECK (status IN ('DRAFT', 'RUNNING', 'STOPPED'))
);
CREATE INDEX ix_experiment_page ON experiment (page_id, status);

CREATE SEQUENCE experiment_variant_seq START WITH 1000 INCREMENT BY 50;

-- The counters are only ever changed by UPDATE ... SET n = n + 1, so concurrent views on any node all count.
CREATE TABLE experiment_variant (
    id              BIGINT        NOT NULL PRIMARY KEY,
    experiment_id   BIGINT        NOT NULL,
    position        INTEGER       NOT NULL,
    label           VARCHAR(40)   NOT NULL,
    page_id         BIGINT        NOT NULL,
    weight          INTEGER       NOT NULL,
    views           BIGINT        NOT NULL DEFAULT 0,
    visitors        BIGINT        NOT NULL DEFAULT 0,
    add_to_cart     BIGINT        NOT NULL DEFAULT 0,
    orders          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_experiment_variant_experiment FOREIGN KEY (experiment_id) REFERENCES experiment (id) ON DELETE CASCADE,
    CONSTRAINT fk_experiment_variant_page FOREIGN KEY (page_id) REFERENCES campaign_page (id),
    CONSTRAINT ck_experiment_variant_weight CHECK (weight >= 0)
);
CREATE INDEX ix_experiment_variant_experiment ON experiment_variant (experiment_id, position);

-- Which visitors saw an experiment: conversions count only for them, once per visitor and kind.
CREATE TABLE experiment_exposure (
    experiment_id   BIGINT                   NOT NULL,
    visitor_id      VARCHAR(64)              NOT NULL,
    variant_id      BIGINT                   NOT NULL,
    first_seen      TIMESTAMP WITH TIME ZONE NOT NULL,
    added_to_cart   BOOLEAN                  NOT NULL DEFAULT FALSE,
    ordered         BOOLEAN                  NOT NULL DEFAULT FALSE,
    CONSTRAINT pk_experiment_exposure PRIMARY KEY (experiment_id, visitor_id),
    CONSTRAINT fk_experiment_exposure_experiment FOREIGN KEY (experiment_id) REFERENCES experiment (id) ON DELETE CASCADE,
    CONSTRAINT fk_experiment_exposure_variant FOREIGN KEY (variant_id) REFERENCES experiment_variant (id) ON DELETE CASCADE
);
CREATE INDEX ix_experiment_exposure_visitor ON experiment_exposure (visitor_id);

-- The lines of placed orders, as the order.placed events told them: what best-seller rankings count.
CREATE TABLE sales_line (
    order_id        VARCHAR(60)              NOT NULL,
    line_no         INTEGER                  NOT NULL,
    product_id      BIGINT                   NOT NULL,
    sku_code        VARCHAR(40)              NOT NULL,
    quantity        INTEGER                  NOT NULL,
    placed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_sales_line PRIMARY KEY (order_id, line_no),
    CONSTRAINT ck_sales_line_quantity CHECK (quantity > 0)
);
CREATE INDEX ix_sales_line_placed ON sales_line (placed_at, product_id);

-- Products bought in the same order: one row per direction, counting the orders that held both.
CREATE TABLE also_bought (
    product_id      BIGINT        NOT NULL,
    other_id        BIGINT        NOT NULL,
    orders          BIGINT        NOT NULL,
    CONSTRAINT pk_also_bought PRIMARY KEY (product_id, other_id),
    CONSTRAINT ck_also_bought_pair CHECK (product_id <> other_id)
);
CREATE INDEX ix_also_bought_rank ON also_bought (product_id, orders);
