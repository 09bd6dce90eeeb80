-- The shopper's account a visitor is signed in to on the shop's own pages (null when signed out or on another
-- site): agents see the account and its orders beside the chat. An id of the customer context, not a key into it.
ALTER TABLE chat_visitor ADD COLUMN customer_id BIGINT;
