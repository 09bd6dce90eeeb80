-- Offline messages are answered from the agent console by e-mail or SMS: the visitor leaves either an e-mail
-- address or a mobile number, and the language they wrote in; the answer, who gave it, when, and the
-- notification that carried it stay on the ticket.
ALTER TABLE chat_ticket ALTER COLUMN email DROP NOT NULL;
ALTER TABLE chat_ticket ADD COLUMN phone VARCHAR(20);
ALTER TABLE chat_ticket ADD COLUMN locale VARCHAR(10) DEFAULT 'zh_CN' NOT NULL;
ALTER TABLE chat_ticket ADD COLUMN answer VARCHAR(2000);
ALTER TABLE chat_ticket ADD COLUMN answered_by VARCHAR(100);
ALTER TABLE chat_ticket ADD COLUMN answered_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE chat_ticket ADD COLUMN notification_id BIGINT;
ALTER TABLE chat_ticket ADD CONSTRAINT ck_chat_ticket_contact CHECK (email IS NOT NULL OR phone IS NOT NULL);

-- A visitor may have the transcript of a conversation mailed to them, a few times per conversation.
ALTER TABLE chat_conversation ADD COLUMN transcripts_sent INTEGER DEFAULT 0 NOT NULL;
