-- Proactive invitations (the chat's migrations continue here, V04x being full): a site's rules say which
-- visitors the shop invites to chat by itself - by where they came from, the page they are on, how long they
-- have been on it, how many pages they have read, and what their cart is worth. The first active rule that
-- matches, by priority, invites a visitor once a day while an agent is online.
CREATE SEQUENCE chat_invitation_rule_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE chat_invitation_rule (
    id                  BIGINT                   NOT NULL PRIMARY KEY,
    site_id             BIGINT                   NOT NULL,
    name                VARCHAR(100)             NOT NULL,
    active              BOOLEAN                  NOT NULL,
    priority            INTEGER                  DEFAULT 0 NOT NULL,
    source_contains     VARCHAR(200),
    page_contains       VARCHAR(200),
    min_seconds_on_page INTEGER                  DEFAULT 0 NOT NULL,
    min_pages           INTEGER                  DEFAULT 0 NOT NULL,
    min_cart_value      NUMERIC(12, 2),
    text_zh             VARCHAR(500)             NOT NULL,
    text_en             VARCHAR(500)             NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT                   DEFAULT 0 NOT NULL,
    CONSTRAINT fk_chat_invitation_rule_site FOREIGN KEY (site_id) REFERENCES chat_site (id),
    CONSTRAINT ck_chat_invitation_rule_counts CHECK (min_seconds_on_page >= 0 AND min_pages >= 0),
    CONSTRAINT ck_chat_invitation_rule_cart CHECK (min_cart_value IS NULL OR min_cart_value > 0)
);
CREATE INDEX ix_chat_invitation_rule_site ON chat_invitation_rule (site_id, active, priority);

-- When the rules last invited the visitor: once a day, even after the invitation was taken up.
ALTER TABLE chat_visitor ADD COLUMN rule_invited_at TIMESTAMP WITH TIME ZONE;
