-- An agent invites colleagues into a conversation they hold: the colleagues read it, write in it (answers and
-- notes) and see the visitor typing, while the conversation stays the holder's (transfer and close are theirs).
CREATE TABLE chat_conversation_colleague (
    conversation_id BIGINT       NOT NULL,
    username        VARCHAR(100) NOT NULL,
    CONSTRAINT pk_chat_conversation_colleague PRIMARY KEY (conversation_id, username),
    CONSTRAINT fk_chat_conversation_colleague FOREIGN KEY (conversation_id) REFERENCES chat_conversation (id) ON DELETE CASCADE
);
CREATE INDEX ix_chat_conversation_colleague_user ON chat_conversation_colleague (username);
