-- The daily summary of the live chat goes to the managers once per day, whichever node's timer fires first:
-- a day's row is written in the same transaction as its messages, so a second node finds it and sends nothing.
CREATE TABLE chat_summary_sent (
    summary_day     DATE                     NOT NULL PRIMARY KEY,
    recipients      INTEGER                  NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
