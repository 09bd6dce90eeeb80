-- Orders after search: the visitor who searched (the storefront's anonymous visitor id), and how many orders
-- that visitor placed within a day after this search while it was their latest one.
ALTER TABLE search_log ADD COLUMN visitor_id VARCHAR(64);
ALTER TABLE search_log ADD COLUMN orders INTEGER NOT NULL DEFAULT 0;
ALTER TABLE search_log ADD CONSTRAINT ck_search_log_orders CHECK (orders >= 0);
CREATE INDEX ix_search_log_visitor ON search_log (visitor_id, searched_at);
