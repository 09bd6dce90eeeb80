-- The storefront's anonymous visitor id (cookie emporium_visitor) of a chat visitor on the shop's own pages,
-- so that agents see the orders that browser placed.
ALTER TABLE chat_visitor ADD COLUMN shop_visitor_id VARCHAR(64);
