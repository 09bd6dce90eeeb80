-- The service centre (售后服务): what a signed-in shopper asks of the shop after buying — a refund before
-- shipment, a return or an exchange after delivery (an RMA), a complaint or a suggestion — with the order lines
-- and quantities concerned, the photos sent, every status change with who, when and why, and the thread of
-- replies between the shopper and the shop. Orders are referred to by number, order lines by id (snapshot kept).

CREATE SEQUENCE service_request_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE service_request (
    id               BIGINT                   NOT NULL PRIMARY KEY,
    request_number   VARCHAR(32)              NOT NULL,
    kind             VARCHAR(20)              NOT NULL,
    buyer            VARCHAR(80)              NOT NULL,
    order_number     VARCHAR(32),
    status           VARCHAR(20)              NOT NULL,
    reason_code      VARCHAR(30),
    subject          VARCHAR(100)             NOT NULL,
    description      VARCHAR(2000)            NOT NULL,
    currency         CHAR(3),
    -- Fixed when the request is made: the payment context refunds one number once, however often staff press.
    refund_number    VARCHAR(64),
    refunded_amount  NUMERIC(19, 2),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT uq_service_request_number UNIQUE (request_number),
    CONSTRAINT ck_service_request_kind CHECK (kind IN ('REFUND', 'RETURN', 'EXCHANGE', 'COMPLAINT', 'SUGGESTION')),
    CONSTRAINT ck_service_request_status CHECK (status IN ('REQUESTED', 'APPROVED', 'REJECTED', 'AWAITING_GOODS',
        'RECEIVED', 'REFUNDED', 'EXCHANGED', 'CLOSED', 'WITHDRAWN')),
    CONSTRAINT ck_service_request_order CHECK (order_number IS NOT NULL OR kind IN ('COMPLAINT', 'SUGGESTION'))
);
CREATE INDEX ix_service_request_buyer ON service_request (buyer, created_at);
CREATE INDEX ix_service_request_order ON service_request (order_number);
CREATE INDEX ix_service_request_status ON service_request (status, created_at);

CREATE SEQUENCE service_request_line_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE service_request_line (
    id               BIGINT         NOT NULL PRIMARY KEY,
    request_id       BIGINT         NOT NULL,
    position         INTEGER        NOT NULL,
    order_line_id    BIGINT         NOT NULL,
    sku_code         VARCHAR(40)    NOT NULL,
    name_zh          VARCHAR(200)   NOT NULL,
    name_en          VARCHAR(200)   NOT NULL,
    quantity         INTEGER        NOT NULL,
    -- What the line paid for these units (its net total's share), the most a refund of it gives back.
    amount           NUMERIC(19, 2) NOT NULL,
    CONSTRAINT fk_service_request_line_request FOREIGN KEY (request_id) REFERENCES service_request (id),
    CONSTRAINT ck_service_request_line_quantity CHECK (quantity > 0 AND amount >= 0)
);
CREATE INDEX ix_service_request_line_request ON service_request_line (request_id);
CREATE INDEX ix_service_request_line_order_line ON service_request_line (order_line_id);

CREATE SEQUENCE service_request_change_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE service_request_change (
    id               BIGINT                   NOT NULL PRIMARY KEY,
    request_id       BIGINT                   NOT NULL,
    from_status      VARCHAR(20),
    to_status        VARCHAR(20)              NOT NULL,
    actor            VARCHAR(80)              NOT NULL,
    reason           VARCHAR(200),
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_service_request_change_request FOREIGN KEY (request_id) REFERENCES service_request (id)
);
CREATE INDEX ix_service_request_change_request ON service_request_change (request_id);

CREATE SEQUENCE service_request_message_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE service_request_message (
    id               BIGINT                   NOT NULL PRIMARY KEY,
    request_id       BIGINT                   NOT NULL,
    from_shop        BOOLEAN                  NOT NULL,
    author           VARCHAR(80)              NOT NULL,
    body             VARCHAR(2000)            NOT NULL,
    written_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_service_request_message_request FOREIGN KEY (request_id) REFERENCES service_request (id)
);
CREATE INDEX ix_service_request_message_request ON service_request_message (request_id);

-- Photos of the goods, checked for what they really are (JPEG, PNG, GIF or WebP) and kept in the database so
-- every node serves them; shown only to the request's shopper and to staff.
CREATE SEQUENCE service_request_photo_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE service_request_photo (
    id               BIGINT                   NOT NULL PRIMARY KEY,
    request_id       BIGINT                   NOT NULL,
    content_type     VARCHAR(40)              NOT NULL,
    file_name        VARCHAR(200)             NOT NULL,
    width            INTEGER                  NOT NULL,
    height           INTEGER                  NOT NULL,
    byte_size        INTEGER                  NOT NULL,
    bytes            BYTEA                    NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_service_request_photo_request FOREIGN KEY (request_id) REFERENCES service_request (id),
    CONSTRAINT ck_service_request_photo_type CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp', 'image/gif'))
);
CREATE INDEX ix_service_request_photo_request ON service_request_photo (request_id);
