-- Read receipts: the newest message id each side has seen in a conversation (only ever moves forward).
ALTER TABLE chat_conversation ADD COLUMN visitor_read_upto BIGINT;
ALTER TABLE chat_conversation ADD COLUMN agent_read_upto BIGINT;
