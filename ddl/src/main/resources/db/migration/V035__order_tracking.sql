-- Logistics tracking: the carrier and tracking number staff enter when they ship an order, when the carrier
-- was last asked about it, and the carrier's tracking events as last answered (oldest first by time). The
-- events are the carrier's: each answer replaces the order's events as a whole.

ALTER TABLE sales_order ADD COLUMN carrier VARCHAR(20);
ALTER TABLE sales_order ADD COLUMN tracking_number VARCHAR(40);
ALTER TABLE sales_order ADD COLUMN tracking_checked_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE sales_order ADD CONSTRAINT ck_sales_order_tracking
    CHECK ((carrier IS NULL AND tracking_number IS NULL) OR (carrier IS NOT NULL AND tracking_number IS NOT NULL));
-- Staff look an order up by its tracking number (a parcel split or sent again may share one: not unique).
CREATE INDEX ix_sales_order_tracking ON sales_order (tracking_number);

CREATE SEQUENCE order_tracking_event_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE order_tracking_event (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    order_id     BIGINT                   NOT NULL,
    position     INTEGER                  NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    stage        VARCHAR(20)              NOT NULL,
    location     VARCHAR(100),
    description  VARCHAR(500)             NOT NULL,
    CONSTRAINT fk_order_tracking_event_order FOREIGN KEY (order_id) REFERENCES sales_order (id),
    CONSTRAINT ck_order_tracking_event_stage CHECK (stage IN ('ORDERED', 'COLLECTED', 'IN_TRANSIT',
        'OUT_FOR_DELIVERY', 'DELIVERED', 'PROBLEM', 'RETURNED'))
);
CREATE INDEX ix_order_tracking_event_order ON order_tracking_event (order_id, position);
