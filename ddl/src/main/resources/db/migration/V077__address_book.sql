-- A signed-in shopper's address book: delivery addresses kept for later checkouts, one of them the default.
-- Owned like carts and orders ('customer:<id>'); every read and change names the owner, so one shopper can
-- never reach another's address by its id.

CREATE SEQUENCE address_book_entry_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE address_book_entry (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    owner           VARCHAR(80)              NOT NULL,
    recipient       VARCHAR(40)              NOT NULL,
    phone           VARCHAR(20)              NOT NULL,
    province        VARCHAR(60)              NOT NULL,
    city            VARCHAR(60)              NOT NULL,
    district        VARCHAR(60)              NOT NULL,
    street          VARCHAR(200)             NOT NULL,
    postcode        CHAR(6)                  NOT NULL,
    is_default      BOOLEAN                  NOT NULL DEFAULT FALSE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   NOT NULL DEFAULT 0
);

CREATE INDEX ix_address_book_entry_owner ON address_book_entry (owner, id);
