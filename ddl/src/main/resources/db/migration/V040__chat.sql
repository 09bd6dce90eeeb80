-- Live chat: sites carrying the widget, departments, agents with their status and capacity, visitors and
-- the pages they view, conversations and their messages, canned answers and offline messages (tickets).
-- Agents refer to the staff directory by user name only.

CREATE SEQUENCE chat_site_seq START WITH 1000 INCREMENT BY 50;

-- A site that carries the widget; its key is what the script tag names (data-site).
CREATE TABLE chat_site (
    id              BIGINT        NOT NULL PRIMARY KEY,
    site_key        VARCHAR(40)   NOT NULL,
    name            VARCHAR(100)  NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_chat_site_key UNIQUE (site_key)
);

CREATE SEQUENCE chat_department_seq START WITH 1000 INCREMENT BY 50;

-- A group of agents with a skill (pre-sales, after-sales); conversations may ask for one.
CREATE TABLE chat_department (
    id              BIGINT        NOT NULL PRIMARY KEY,
    code            VARCHAR(40)   NOT NULL,
    name_zh         VARCHAR(100)  NOT NULL,
    name_en         VARCHAR(100)  NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_chat_department_code UNIQUE (code)
);

CREATE SEQUENCE chat_agent_seq START WITH 1000 INCREMENT BY 50;

-- A staff member who answers chats: status, how many chats at once, how many now.
CREATE TABLE chat_agent (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    username        VARCHAR(100)             NOT NULL,
    display_name    VARCHAR(100)             NOT NULL,
    status          VARCHAR(20)              NOT NULL,
    capacity        INTEGER                  NOT NULL,
    active_chats    INTEGER                  NOT NULL DEFAULT 0,
    last_assigned_at TIMESTAMP WITH TIME ZONE,
    version         BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT uq_chat_agent_username UNIQUE (username),
    CONSTRAINT ck_chat_agent_status CHECK (status IN ('ONLINE', 'BUSY', 'AWAY', 'OFFLINE')),
    CONSTRAINT ck_chat_agent_capacity CHECK (capacity BETWEEN 0 AND 50),
    CONSTRAINT ck_chat_agent_active CHECK (active_chats >= 0)
);

CREATE TABLE chat_agent_department (
    agent_id        BIGINT        NOT NULL,
    department_id   BIGINT        NOT NULL,
    PRIMARY KEY (agent_id, department_id),
    CONSTRAINT fk_chat_agent_department_agent FOREIGN KEY (agent_id) REFERENCES chat_agent (id) ON DELETE CASCADE,
    CONSTRAINT fk_chat_agent_department_department FOREIGN KEY (department_id) REFERENCES chat_department (id) ON DELETE CASCADE
);

CREATE SEQUENCE chat_visitor_seq START WITH 1000 INCREMENT BY 50;

-- A browser that loaded the widget, known by a secret token kept in its localStorage; where it came from
-- (referrer, search words, campaign), its device and the page it is on now.
CREATE TABLE chat_visitor (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    site_id         BIGINT                   NOT NULL,
    token           VARCHAR(64)              NOT NULL,
    label           VARCHAR(40)              NOT NULL,
    first_seen_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    referrer        VARCHAR(1000),
    search_terms    VARCHAR(200),
    utm_source      VARCHAR(100),
    utm_medium      VARCHAR(100),
    utm_campaign    VARCHAR(100),
    device          VARCHAR(20),
    user_agent      VARCHAR(400),
    current_url     VARCHAR(1000),
    current_title   VARCHAR(300),
    page_views      INTEGER                  NOT NULL DEFAULT 0,
    version         BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT uq_chat_visitor_token UNIQUE (token),
    CONSTRAINT fk_chat_visitor_site FOREIGN KEY (site_id) REFERENCES chat_site (id)
);
CREATE INDEX ix_chat_visitor_seen ON chat_visitor (last_seen_at);

CREATE SEQUENCE chat_page_view_seq START WITH 1000 INCREMENT BY 50;

-- One page a visitor viewed, from when it was entered until it was left (open while they are on it).
CREATE TABLE chat_page_view (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    visitor_id      BIGINT                   NOT NULL,
    url             VARCHAR(1000)            NOT NULL,
    title           VARCHAR(300),
    entered_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    left_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT fk_chat_page_view_visitor FOREIGN KEY (visitor_id) REFERENCES chat_visitor (id) ON DELETE CASCADE
);
CREATE INDEX ix_chat_page_view_visitor ON chat_page_view (visitor_id, entered_at);

CREATE SEQUENCE chat_conversation_seq START WITH 1000 INCREMENT BY 50;

-- A conversation: waiting in the queue, with an agent, or closed (with a closing code).
CREATE TABLE chat_conversation (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    site_id         BIGINT                   NOT NULL,
    visitor_id      BIGINT                   NOT NULL,
    department_id   BIGINT,
    agent_id        BIGINT,
    status          VARCHAR(20)              NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    queued_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    assigned_at     TIMESTAMP WITH TIME ZONE,
    closed_at       TIMESTAMP WITH TIME ZONE,
    closing_code    VARCHAR(30),
    version         BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT fk_chat_conversation_site FOREIGN KEY (site_id) REFERENCES chat_site (id),
    CONSTRAINT fk_chat_conversation_visitor FOREIGN KEY (visitor_id) REFERENCES chat_visitor (id),
    CONSTRAINT fk_chat_conversation_department FOREIGN KEY (department_id) REFERENCES chat_department (id),
    CONSTRAINT fk_chat_conversation_agent FOREIGN KEY (agent_id) REFERENCES chat_agent (id),
    CONSTRAINT ck_chat_conversation_status CHECK (status IN ('WAITING', 'ACTIVE', 'CLOSED')),
    CONSTRAINT ck_chat_conversation_agent CHECK (status <> 'ACTIVE' OR agent_id IS NOT NULL)
);
CREATE INDEX ix_chat_conversation_queue ON chat_conversation (status, queued_at);
CREATE INDEX ix_chat_conversation_visitor ON chat_conversation (visitor_id, status);
CREATE INDEX ix_chat_conversation_agent ON chat_conversation (agent_id, status);

CREATE SEQUENCE chat_message_seq START WITH 1000 INCREMENT BY 50;

-- What was said, as typed (escaped when shown). Notes are for agents only.
CREATE TABLE chat_message (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    conversation_id BIGINT                   NOT NULL,
    author          VARCHAR(20)              NOT NULL,
    author_name     VARCHAR(100)             NOT NULL,
    body            VARCHAR(4000)            NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_chat_message_conversation FOREIGN KEY (conversation_id) REFERENCES chat_conversation (id) ON DELETE CASCADE,
    CONSTRAINT ck_chat_message_author CHECK (author IN ('VISITOR', 'AGENT', 'SYSTEM', 'NOTE'))
);
CREATE INDEX ix_chat_message_conversation ON chat_message (conversation_id, sent_at);

CREATE SEQUENCE chat_canned_answer_seq START WITH 1000 INCREMENT BY 50;

-- A ready answer an agent inserts by its shortcut; shared when it has no owner.
CREATE TABLE chat_canned_answer (
    id              BIGINT        NOT NULL PRIMARY KEY,
    owner_username  VARCHAR(100),
    shortcut        VARCHAR(40)   NOT NULL,
    body            VARCHAR(2000) NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX ix_chat_canned_answer_owner ON chat_canned_answer (owner_username, shortcut);

CREATE SEQUENCE chat_ticket_seq START WITH 1000 INCREMENT BY 50;

-- A message left through the widget while no agent was online, to be answered by e-mail.
CREATE TABLE chat_ticket (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    site_id         BIGINT                   NOT NULL,
    visitor_id      BIGINT                   NOT NULL,
    name            VARCHAR(100)             NOT NULL,
    email           VARCHAR(200)             NOT NULL,
    body            VARCHAR(4000)            NOT NULL,
    status          VARCHAR(20)              NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT fk_chat_ticket_site FOREIGN KEY (site_id) REFERENCES chat_site (id),
    CONSTRAINT fk_chat_ticket_visitor FOREIGN KEY (visitor_id) REFERENCES chat_visitor (id),
    CONSTRAINT ck_chat_ticket_status CHECK (status IN ('OPEN', 'ANSWERED'))
);
CREATE INDEX ix_chat_ticket_status ON chat_ticket (status, created_at);
