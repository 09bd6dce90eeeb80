-- Where a visitor is, from their address, when the shop has configured a table of address ranges
-- (emporium.chat.ip-locations); agents see it in the visitor list and panel.
ALTER TABLE chat_visitor ADD COLUMN location VARCHAR(200);
