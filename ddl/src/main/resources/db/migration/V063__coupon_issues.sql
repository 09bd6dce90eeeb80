-- Coupons issued to a segment of shoppers: staff pick a coupon campaign and a segment (its criteria kept as text,
-- as they were when issued), the coupon-issue job gives each member one coupon of the campaign (a shopper who
-- holds one of it already gets none, so issuing twice or restarting gives nobody a second), within the
-- campaign's caps, and optionally tells them by SMS or email if they agreed to marketing messages. The counts
-- are written in the same transaction as the coupons, so they stay true across a restart.

CREATE SEQUENCE promotion_coupon_issue_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE promotion_coupon_issue (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    campaign_id     BIGINT                   NOT NULL,
    segment         VARCHAR(200000)          NOT NULL,
    notify          VARCHAR(10)              NOT NULL,
    template_code   VARCHAR(80),
    requested_by    VARCHAR(80)              NOT NULL,
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    previewed       BIGINT                   NOT NULL,
    execution_id    BIGINT,
    issued          BIGINT                   NOT NULL DEFAULT 0,
    already_held    BIGINT                   NOT NULL DEFAULT 0,
    over_cap        BIGINT                   NOT NULL DEFAULT 0,
    notified        BIGINT                   NOT NULL DEFAULT 0,
    not_notified    BIGINT                   NOT NULL DEFAULT 0,
    version         BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT fk_promotion_coupon_issue_campaign FOREIGN KEY (campaign_id) REFERENCES promotion_campaign (id),
    CONSTRAINT ck_promotion_coupon_issue_notify CHECK (notify IN ('NONE', 'SMS', 'EMAIL')),
    CONSTRAINT ck_promotion_coupon_issue_template CHECK ((notify = 'NONE') = (template_code IS NULL))
);
CREATE INDEX ix_promotion_coupon_issue_campaign ON promotion_coupon_issue (campaign_id, requested_at);
