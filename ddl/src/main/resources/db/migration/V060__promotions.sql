-- Promotions: templates (a campaign type with some terms fixed and the rest to fill in), campaigns (type, terms,
-- scope, stacking group, exclusive flag and priority, status, budget with its counters), the rules between
-- stacking groups, and each use of a campaign by an order. Terms are kept as "key=value" lines that the engine
-- reads (tiers=200:20,400:50; percent=20; amount=99.00; ...); scope lists are comma-separated ids or names.

CREATE SEQUENCE promotion_template_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE promotion_template (
    id                BIGINT        NOT NULL PRIMARY KEY,
    code              VARCHAR(60)   NOT NULL,
    name_zh           VARCHAR(100)  NOT NULL,
    name_en           VARCHAR(100)  NOT NULL,
    campaign_type     VARCHAR(20)   NOT NULL,
    fixed_terms       VARCHAR(1000) NOT NULL DEFAULT '',
    open_terms        VARCHAR(200)  NOT NULL DEFAULT '',
    stacking_group    VARCHAR(40)   NOT NULL,
    exclusive         BOOLEAN       NOT NULL DEFAULT FALSE,
    priority          INTEGER       NOT NULL DEFAULT 0,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_promotion_template_code UNIQUE (code)
);

CREATE SEQUENCE promotion_campaign_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE promotion_campaign (
    id                    BIGINT                   NOT NULL PRIMARY KEY,
    template_id           BIGINT,
    name_zh               VARCHAR(100)             NOT NULL,
    name_en               VARCHAR(100)             NOT NULL,
    campaign_type         VARCHAR(20)              NOT NULL,
    terms                 VARCHAR(1000)            NOT NULL,
    product_ids           VARCHAR(1000)            NOT NULL DEFAULT '',
    category_ids          VARCHAR(1000)            NOT NULL DEFAULT '',
    brand_ids             VARCHAR(1000)            NOT NULL DEFAULT '',
    shopper_groups        VARCHAR(200)             NOT NULL DEFAULT '',
    channels              VARCHAR(200)             NOT NULL DEFAULT '',
    starts_at             TIMESTAMP WITH TIME ZONE,
    ends_at               TIMESTAMP WITH TIME ZONE,
    stacking_group        VARCHAR(40)              NOT NULL,
    exclusive             BOOLEAN                  NOT NULL DEFAULT FALSE,
    priority              INTEGER                  NOT NULL DEFAULT 0,
    coupon                BOOLEAN                  NOT NULL DEFAULT FALSE,
    status                VARCHAR(20)              NOT NULL,
    -- guards: NULL means no cap
    max_uses              INTEGER,
    max_uses_per_shopper  INTEGER,
    discount_cap          NUMERIC(19, 2),
    uses                  INTEGER                  NOT NULL DEFAULT 0,
    discount_used         NUMERIC(19, 2)           NOT NULL DEFAULT 0,
    created_by            VARCHAR(80)              NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    approved_by           VARCHAR(80),
    version               BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT fk_promotion_campaign_template FOREIGN KEY (template_id) REFERENCES promotion_template (id),
    CONSTRAINT ck_promotion_campaign_status CHECK (status IN ('DRAFT', 'PENDING_APPROVAL', 'LIVE', 'STOPPED')),
    CONSTRAINT ck_promotion_campaign_window CHECK (starts_at IS NULL OR ends_at IS NULL OR ends_at > starts_at),
    -- the counters never pass their caps, whatever the concurrency
    CONSTRAINT ck_promotion_campaign_uses CHECK (uses >= 0 AND (max_uses IS NULL OR uses <= max_uses)),
    CONSTRAINT ck_promotion_campaign_cap CHECK (discount_used >= 0
        AND (discount_cap IS NULL OR discount_used <= discount_cap))
);
CREATE INDEX ix_promotion_campaign_status ON promotion_campaign (status);

-- Which stacking groups combine (combine = TRUE) or exclude each other; a pair not named excludes.
CREATE TABLE promotion_stacking_rule (
    group_a           VARCHAR(40)   NOT NULL,
    group_b           VARCHAR(40)   NOT NULL,
    combine           BOOLEAN       NOT NULL,
    CONSTRAINT pk_promotion_stacking_rule PRIMARY KEY (group_a, group_b),
    CONSTRAINT ck_promotion_stacking_rule_order CHECK (group_a < group_b)
);

CREATE SEQUENCE promotion_usage_seq START WITH 1000 INCREMENT BY 50;

-- One row per campaign used by an order: the per-shopper counts and the budgets are checked against these.
CREATE TABLE promotion_usage (
    id                BIGINT                   NOT NULL PRIMARY KEY,
    campaign_id       BIGINT                   NOT NULL,
    shopper           VARCHAR(80)              NOT NULL,
    order_reference   VARCHAR(80)              NOT NULL,
    discount          NUMERIC(19, 2)           NOT NULL,
    used_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_promotion_usage_campaign FOREIGN KEY (campaign_id) REFERENCES promotion_campaign (id),
    CONSTRAINT uq_promotion_usage_order UNIQUE (campaign_id, order_reference)
);
CREATE INDEX ix_promotion_usage_shopper ON promotion_usage (campaign_id, shopper);

INSERT INTO promotion_stacking_rule (group_a, group_b, combine) VALUES ('item', 'order', TRUE);
INSERT INTO promotion_stacking_rule (group_a, group_b, combine) VALUES ('item', 'shipping', TRUE);
INSERT INTO promotion_stacking_rule (group_a, group_b, combine) VALUES ('order', 'shipping', TRUE);
INSERT INTO promotion_stacking_rule (group_a, group_b, combine) VALUES ('coupon', 'item', TRUE);
INSERT INTO promotion_stacking_rule (group_a, group_b, combine) VALUES ('coupon', 'shipping', TRUE);
INSERT INTO promotion_stacking_rule (group_a, group_b, combine) VALUES ('gift', 'item', TRUE);
INSERT INTO promotion_stacking_rule (group_a, group_b, combine) VALUES ('gift', 'order', TRUE);
INSERT INTO promotion_stacking_rule (group_a, group_b, combine) VALUES ('gift', 'shipping', TRUE);
INSERT INTO promotion_stacking_rule (group_a, group_b, combine) VALUES ('coupon', 'gift', TRUE);

-- Templates a promotion manager starts from: the type and the usual terms, the rest filled in per campaign.
INSERT INTO promotion_template (id, code, name_zh, name_en, campaign_type, fixed_terms, open_terms, stacking_group, priority)
VALUES (1, 'spend-tiers', '满减', 'Spend and save', 'SPEND_TIERS', '', 'tiers', 'order', 10);
INSERT INTO promotion_template (id, code, name_zh, name_en, campaign_type, fixed_terms, open_terms, stacking_group, priority)
VALUES (2, 'percent-off', '折扣', 'Percent off', 'PERCENT_OFF', '', 'percent', 'item', 20);
INSERT INTO promotion_template (id, code, name_zh, name_en, campaign_type, fixed_terms, open_terms, stacking_group, priority)
VALUES (3, 'second-half-price', '第二件半价', 'Second item half price', 'NTH_ITEM_OFF', 'nth=2
percent=50', '', 'item', 20);
INSERT INTO promotion_template (id, code, name_zh, name_en, campaign_type, fixed_terms, open_terms, stacking_group, priority)
VALUES (4, 'fixed-price', '一口价', 'Fixed price', 'FIXED_PRICE', '', 'amount', 'item', 30);
INSERT INTO promotion_template (id, code, name_zh, name_en, campaign_type, fixed_terms, open_terms, stacking_group, priority)
VALUES (5, 'gift', '买赠', 'Buy and get a gift', 'BUY_X_GET_Y', 'gift_qty=1', 'buy,gift_sku,gift_value,max_gifts', 'gift', 5);
INSERT INTO promotion_template (id, code, name_zh, name_en, campaign_type, fixed_terms, open_terms, stacking_group, priority)
VALUES (6, 'free-shipping', '包邮', 'Free delivery', 'FREE_SHIPPING', '', 'threshold', 'shipping', 0);
INSERT INTO promotion_template (id, code, name_zh, name_en, campaign_type, fixed_terms, open_terms, stacking_group, priority)
VALUES (7, 'bundle', '组合价', 'Bundle price', 'BUNDLE', '', 'amount', 'item', 25);
INSERT INTO promotion_template (id, code, name_zh, name_en, campaign_type, fixed_terms, open_terms, stacking_group, priority)
VALUES (8, 'amount-off', '直降', 'Amount off each', 'AMOUNT_OFF', '', 'amount', 'item', 20);

-- Orders keep what promotions took off: in total on the order, per line, and as PROMOTION amount lines naming
-- the campaign (the payable is items + delivery - discount).
ALTER TABLE sales_order ADD COLUMN discount NUMERIC(19, 2) NOT NULL DEFAULT 0;
ALTER TABLE sales_order DROP CONSTRAINT ck_sales_order_amounts;
ALTER TABLE sales_order ADD CONSTRAINT ck_sales_order_amounts CHECK (items_total >= 0 AND shipping_fee >= 0
    AND discount >= 0 AND payable = items_total + shipping_fee - discount AND payable >= 0);
ALTER TABLE sales_order_line ADD COLUMN discount NUMERIC(19, 2) NOT NULL DEFAULT 0;
ALTER TABLE sales_order_line ADD COLUMN gift BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE sales_order_line DROP CONSTRAINT ck_sales_order_line_total;
ALTER TABLE sales_order_line ADD CONSTRAINT ck_sales_order_line_total CHECK (line_total = unit_price * quantity
    AND discount >= 0 AND discount <= line_total);
ALTER TABLE sales_order_amount ADD COLUMN campaign_id BIGINT;
ALTER TABLE sales_order_amount ADD COLUMN label_zh VARCHAR(100);
ALTER TABLE sales_order_amount ADD COLUMN label_en VARCHAR(100);
