-- The pre-chat question a site may ask before a conversation starts (none when empty), and the name a
-- visitor gave with their answer.
ALTER TABLE chat_site ADD COLUMN prechat_zh VARCHAR(200);
ALTER TABLE chat_site ADD COLUMN prechat_en VARCHAR(200);
ALTER TABLE chat_visitor ADD COLUMN name VARCHAR(40);
