-- Platform tables shared by every context: the event outbox, the consumers' record of processed
-- events, staff accounts for the back office and the operation audit log.
-- Sequences start at 1000: EclipseLink reads a value as the end of a block of 50, and demo rows use ids below 950.

CREATE SEQUENCE outbox_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE outbox_event (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    event_id        VARCHAR(36)              NOT NULL,
    event_type      VARCHAR(100)             NOT NULL,
    aggregate_type  VARCHAR(60)              NOT NULL,
    aggregate_id    VARCHAR(60)              NOT NULL,
    payload         TEXT                     NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at    TIMESTAMP WITH TIME ZONE,
    attempts        INTEGER                  NOT NULL DEFAULT 0,
    last_error      VARCHAR(1000),
    CONSTRAINT uq_outbox_event_id UNIQUE (event_id)
);
CREATE INDEX ix_outbox_unpublished ON outbox_event (published_at, id);

-- One row per (consumer, event): a consumer that sees an event twice finds its row and skips it.
CREATE TABLE processed_event (
    consumer        VARCHAR(100)             NOT NULL,
    event_id        VARCHAR(36)              NOT NULL,
    processed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_processed_event PRIMARY KEY (consumer, event_id)
);

CREATE SEQUENCE staff_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE staff_account (
    id              BIGINT        NOT NULL PRIMARY KEY,
    username        VARCHAR(60)   NOT NULL,
    display_name    VARCHAR(100)  NOT NULL,
    password_hash   VARCHAR(400)  NOT NULL,
    enabled         BOOLEAN       NOT NULL DEFAULT TRUE,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_staff_username UNIQUE (username)
);

CREATE TABLE staff_role (
    staff_id        BIGINT        NOT NULL,
    role_name       VARCHAR(60)   NOT NULL,
    CONSTRAINT pk_staff_role PRIMARY KEY (staff_id, role_name),
    CONSTRAINT fk_staff_role_staff FOREIGN KEY (staff_id) REFERENCES staff_account (id) ON DELETE CASCADE
);

CREATE SEQUENCE audit_seq START WITH 1000 INCREMENT BY 50;

-- Filled from the domain-events topic; event_id makes a replayed event land once.
CREATE TABLE audit_entry (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    event_id        VARCHAR(36)              NOT NULL,
    event_type      VARCHAR(100)             NOT NULL,
    aggregate_type  VARCHAR(60)              NOT NULL,
    aggregate_id    VARCHAR(60)              NOT NULL,
    actor           VARCHAR(60),
    summary         VARCHAR(1000)            NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_audit_event UNIQUE (event_id)
);
CREATE INDEX ix_audit_occurred ON audit_entry (occurred_at);
