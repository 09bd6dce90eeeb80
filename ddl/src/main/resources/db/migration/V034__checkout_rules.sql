-- Checkout rules staff set in the back office: shipping fees by method, region, weight and order value;
-- delivery time slots with their cut-off and capacity per day; which payment methods are offered for which
-- amount, region and goods. The order keeps what the shopper chose: delivery slot, payment method, invoice
-- (fapiao) and the gift flag. A cart line can be saved for later.

CREATE SEQUENCE shipping_rule_seq START WITH 1000 INCREMENT BY 50;

-- A province's rule for a method wins over the nationwide one (no province). The fee is the first weight's
-- fee plus one extra fee per started extra weight step; from free_from of item value on, delivery is free.
CREATE TABLE shipping_rule (
    id                  BIGINT         NOT NULL PRIMARY KEY,
    method              VARCHAR(20)    NOT NULL,
    province_code       VARCHAR(12),
    first_weight_grams  INTEGER        NOT NULL,
    first_fee           NUMERIC(19, 2) NOT NULL,
    extra_weight_grams  INTEGER        NOT NULL,
    extra_fee           NUMERIC(19, 2) NOT NULL,
    free_from           NUMERIC(19, 2),
    active              BOOLEAN        NOT NULL,
    version             BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_shipping_rule_region FOREIGN KEY (province_code) REFERENCES region (code),
    CONSTRAINT ck_shipping_rule_method CHECK (method IN ('STANDARD', 'EXPRESS')),
    CONSTRAINT ck_shipping_rule_amounts CHECK (first_weight_grams >= 0 AND extra_weight_grams > 0
        AND first_fee >= 0 AND extra_fee >= 0 AND (free_from IS NULL OR free_from >= 0))
);
CREATE INDEX ix_shipping_rule_method ON shipping_rule (method, active);

INSERT INTO shipping_rule (id, method, province_code, first_weight_grams, first_fee, extra_weight_grams, extra_fee, free_from, active)
VALUES (1, 'STANDARD', NULL, 3000, 10.00, 1000, 2.00, 99.00, TRUE),
       (2, 'EXPRESS', NULL, 1000, 22.00, 1000, 8.00, NULL, TRUE),
       (3, 'STANDARD', '540000', 1000, 20.00, 1000, 10.00, 199.00, TRUE),
       (4, 'STANDARD', '650000', 1000, 20.00, 1000, 10.00, 199.00, TRUE),
       (5, 'EXPRESS', '540000', 1000, 40.00, 1000, 20.00, NULL, TRUE),
       (6, 'EXPRESS', '650000', 1000, 40.00, 1000, 20.00, NULL, TRUE);

CREATE SEQUENCE delivery_slot_seq START WITH 1000 INCREMENT BY 50;

-- A daily window (minutes after midnight, shop time). Booking closes cutoff_minutes before it starts; each day
-- takes at most capacity orders.
CREATE TABLE delivery_slot (
    id              BIGINT      NOT NULL PRIMARY KEY,
    start_minute    INTEGER     NOT NULL,
    end_minute      INTEGER     NOT NULL,
    cutoff_minutes  INTEGER     NOT NULL,
    capacity        INTEGER     NOT NULL,
    active          BOOLEAN     NOT NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT ck_delivery_slot_window CHECK (start_minute >= 0 AND end_minute <= 1440 AND start_minute < end_minute),
    CONSTRAINT ck_delivery_slot_numbers CHECK (cutoff_minutes >= 0 AND capacity >= 0)
);

INSERT INTO delivery_slot (id, start_minute, end_minute, cutoff_minutes, capacity, active)
VALUES (1, 540, 720, 720, 200, TRUE),
       (2, 840, 1080, 180, 200, TRUE),
       (3, 1080, 1260, 240, 100, TRUE);

-- Orders booked per slot and day; the count only rises by a conditional update under the slot's row lock.
CREATE TABLE delivery_slot_booking (
    slot_id         BIGINT  NOT NULL,
    delivery_date   DATE    NOT NULL,
    booked          INTEGER NOT NULL,
    PRIMARY KEY (slot_id, delivery_date),
    CONSTRAINT fk_delivery_slot_booking_slot FOREIGN KEY (slot_id) REFERENCES delivery_slot (id),
    CONSTRAINT ck_delivery_slot_booking_booked CHECK (booked >= 0)
);

CREATE SEQUENCE payment_rule_seq START WITH 1000 INCREMENT BY 50;

-- A method is offered when one active rule for it fits the order: its province (none: everywhere), its amount
-- range, and none of the goods filed under its excluded category (a category tree of the catalogue).
CREATE TABLE payment_rule (
    id                    BIGINT         NOT NULL PRIMARY KEY,
    method                VARCHAR(20)    NOT NULL,
    province_code         VARCHAR(12),
    min_amount            NUMERIC(19, 2),
    max_amount            NUMERIC(19, 2),
    excluded_category_id  BIGINT,
    active                BOOLEAN        NOT NULL,
    version               BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_payment_rule_region FOREIGN KEY (province_code) REFERENCES region (code),
    CONSTRAINT ck_payment_rule_method CHECK (method IN ('ONLINE', 'CASH_ON_DELIVERY')),
    CONSTRAINT ck_payment_rule_amounts CHECK ((min_amount IS NULL OR min_amount >= 0)
        AND (max_amount IS NULL OR max_amount >= 0))
);

INSERT INTO payment_rule (id, method, province_code, min_amount, max_amount, excluded_category_id, active)
VALUES (1, 'ONLINE', NULL, NULL, NULL, NULL, TRUE),
       (2, 'CASH_ON_DELIVERY', '110000', NULL, 2000.00, NULL, TRUE),
       (3, 'CASH_ON_DELIVERY', '310000', NULL, 2000.00, NULL, TRUE),
       (4, 'CASH_ON_DELIVERY', '440000', NULL, 1000.00, NULL, TRUE);

ALTER TABLE sales_order ADD COLUMN district_code VARCHAR(12);
ALTER TABLE sales_order ADD COLUMN weight_grams INTEGER;
ALTER TABLE sales_order ADD COLUMN delivery_date DATE;
ALTER TABLE sales_order ADD COLUMN delivery_slot_id BIGINT;
ALTER TABLE sales_order ADD COLUMN delivery_window VARCHAR(20);
ALTER TABLE sales_order ADD COLUMN payment_method VARCHAR(20) DEFAULT 'ONLINE' NOT NULL;
ALTER TABLE sales_order ADD COLUMN invoice_kind VARCHAR(10) DEFAULT 'NONE' NOT NULL;
ALTER TABLE sales_order ADD COLUMN invoice_medium VARCHAR(12);
ALTER TABLE sales_order ADD COLUMN invoice_title VARCHAR(100);
ALTER TABLE sales_order ADD COLUMN invoice_tax_id VARCHAR(18);
ALTER TABLE sales_order ADD COLUMN gift BOOLEAN DEFAULT FALSE NOT NULL;

ALTER TABLE cart_line ADD COLUMN saved_for_later BOOLEAN DEFAULT FALSE NOT NULL;
