-- A knowledge base of questions and answers per site, which a bot uses to answer first when the site turns it
-- on: a conversation starts with the bot (status BOT, its answers written by BOT) and goes into the queue, with
-- everything said so far, when the visitor asks for a person or the bot is not sure of an answer.
ALTER TABLE chat_conversation DROP CONSTRAINT ck_chat_conversation_status;
ALTER TABLE chat_conversation ADD CONSTRAINT ck_chat_conversation_status CHECK (status IN ('BOT', 'WAITING', 'ACTIVE', 'CLOSED'));
ALTER TABLE chat_conversation ALTER COLUMN queued_at DROP NOT NULL;
ALTER TABLE chat_message DROP CONSTRAINT ck_chat_message_author;
ALTER TABLE chat_message ADD CONSTRAINT ck_chat_message_author CHECK (author IN ('VISITOR', 'AGENT', 'SYSTEM', 'NOTE', 'BOT'));
ALTER TABLE chat_site ADD COLUMN bot_enabled BOOLEAN DEFAULT FALSE NOT NULL;

CREATE SEQUENCE chat_knowledge_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE chat_knowledge (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    site_id         BIGINT                   NOT NULL,
    question_zh     VARCHAR(300)             NOT NULL,
    question_en     VARCHAR(300)             NOT NULL,
    keywords        VARCHAR(500),
    answer_zh       VARCHAR(2000)            NOT NULL,
    answer_en       VARCHAR(2000)            NOT NULL,
    active          BOOLEAN                  NOT NULL,
    used            INTEGER                  DEFAULT 0 NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   DEFAULT 0 NOT NULL,
    CONSTRAINT fk_chat_knowledge_site FOREIGN KEY (site_id) REFERENCES chat_site (id)
);
CREATE INDEX ix_chat_knowledge_site ON chat_knowledge (site_id, active);
