-- Invitations: an agent invites a visitor on the site to chat; the conversation the visitor then starts goes
-- to that agent when they have room.
ALTER TABLE chat_visitor ADD COLUMN invited_by BIGINT;
ALTER TABLE chat_visitor ADD COLUMN invited_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE chat_visitor ADD COLUMN invitation_text VARCHAR(500);
ALTER TABLE chat_visitor ADD CONSTRAINT fk_chat_visitor_inviter FOREIGN KEY (invited_by) REFERENCES chat_agent (id);
ALTER TABLE chat_conversation ADD COLUMN preferred_agent_id BIGINT;
ALTER TABLE chat_conversation ADD CONSTRAINT fk_chat_conversation_preferred FOREIGN KEY (preferred_agent_id) REFERENCES chat_agent (id);
