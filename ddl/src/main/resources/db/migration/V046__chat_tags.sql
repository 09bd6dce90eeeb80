-- Tags agents put on conversations (a few words each: "refund", "尺码"), for finding and counting them.
CREATE TABLE chat_conversation_tag (
    conversation_id BIGINT      NOT NULL,
    tag             VARCHAR(30) NOT NULL,
    CONSTRAINT pk_chat_conversation_tag PRIMARY KEY (conversation_id, tag),
    CONSTRAINT fk_chat_conversation_tag FOREIGN KEY (conversation_id) REFERENCES chat_conversation (id) ON DELETE CASCADE
);
CREATE INDEX ix_chat_conversation_tag ON chat_conversation_tag (tag);
