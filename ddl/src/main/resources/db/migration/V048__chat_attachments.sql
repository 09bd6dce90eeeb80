-- Images a visitor sends in a conversation: checked for what they really are (JPEG, PNG, GIF or WebP, by their
-- first bytes and header) and kept in the database, so every node serves them; each belongs to one
-- conversation and is shown only to its visitor and to agents.
CREATE SEQUENCE chat_attachment_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE chat_attachment (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    conversation_id BIGINT                   NOT NULL,
    content_type    VARCHAR(40)              NOT NULL,
    file_name       VARCHAR(200)             NOT NULL,
    width           INTEGER                  NOT NULL,
    height          INTEGER                  NOT NULL,
    byte_size       INTEGER                  NOT NULL,
    bytes           BYTEA                    NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_chat_attachment_conversation FOREIGN KEY (conversation_id) REFERENCES chat_conversation (id) ON DELETE CASCADE,
    CONSTRAINT ck_chat_attachment_type CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp', 'image/gif'))
);
CREATE INDEX ix_chat_attachment_conversation ON chat_attachment (conversation_id);

-- The message that carries an image names it (its body is the file's name).
ALTER TABLE chat_message ADD COLUMN attachment_id BIGINT;
ALTER TABLE chat_message ADD CONSTRAINT fk_chat_message_attachment FOREIGN KEY (attachment_id) REFERENCES chat_attachment (id) ON DELETE SET NULL;
