-- Gift card codes a shopper tried that do not exist: after a few in a short time, the shopper's gift card
-- payments are refused for a while, so that codes cannot be guessed by trying. Rows older than a day go.
CREATE SEQUENCE payment_gift_card_attempt_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE payment_gift_card_attempt (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    buyer           VARCHAR(100)             NOT NULL,
    tried_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_payment_gift_card_attempt ON payment_gift_card_attempt (buyer, tried_at);
