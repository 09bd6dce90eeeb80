-- Live chat: the visitor's satisfaction rating of a closed conversation (1 to 5 stars), given once.
ALTER TABLE chat_conversation ADD COLUMN rating INTEGER;
ALTER TABLE chat_conversation ADD CONSTRAINT ck_chat_conversation_rating CHECK (rating IS NULL OR rating BETWEEN 1 AND 5);
