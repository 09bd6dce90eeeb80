-- The messages the live chat sends through the notification context (V047 keeps what they answer): the answer
-- to an offline message, by e-mail or SMS, the transcript of a conversation by e-mail, and the managers' daily
-- summary. Staff edit their text with the other templates.
INSERT INTO notification_template (id, code, channel, locale, purpose, subject, body, updated_at, version) VALUES
(20, 'chat.ticket-answer', 'EMAIL', 'zh_CN', 'TRANSACTIONAL', '回复：您在 Emporium 的留言',
 '{{name}}，您好：

您的留言：
{{question}}

我们的回复：
{{answer}}

{{agent}}
Emporium 客服', CURRENT_TIMESTAMP, 0),
(21, 'chat.ticket-answer', 'EMAIL', 'en', 'TRANSACTIONAL', 'Re: your message to Emporium',
 'Hello {{name}},

You wrote:
{{question}}

Our answer:
{{answer}}

{{agent}}
Emporium customer service', CURRENT_TIMESTAMP, 0),
(22, 'chat.ticket-answer', 'SMS', 'zh_CN', 'TRANSACTIONAL', NULL,
 '【Emporium】{{name}}，您好，关于您的留言：{{answer}}', CURRENT_TIMESTAMP, 0),
(23, 'chat.ticket-answer', 'SMS', 'en', 'TRANSACTIONAL', NULL,
 '[Emporium] Hello {{name}}, about your message: {{answer}}', CURRENT_TIMESTAMP, 0),
(24, 'chat.transcript', 'EMAIL', 'zh_CN', 'TRANSACTIONAL', '您与 Emporium 客服的对话记录（{{started}}）',
 '您好：

以下是您与 Emporium 客服的对话记录：

{{transcript}}

如有其他问题，欢迎随时联系我们。
Emporium 客服', CURRENT_TIMESTAMP, 0),
(25, 'chat.transcript', 'EMAIL', 'en', 'TRANSACTIONAL', 'Your conversation with Emporium ({{started}})',
 'Hello,

Here is your conversation with Emporium customer service:

{{transcript}}

Write to us again any time.
Emporium customer service', CURRENT_TIMESTAMP, 0),
(26, 'chat.daily-summary', 'EMAIL', 'zh_CN', 'TRANSACTIONAL', '在线客服日报 {{day}}',
 '您好：

{{day}} 在线客服概况：

会话 {{conversations}} 个，已接待 {{answered}} 个，未接待 {{unanswered}} 个
平均等待 {{wait}}，平均首次响应 {{firstResponse}}，平均时长 {{duration}}
满意度 {{rating}}（{{ratings}} 个评价）
离线留言 {{tickets}} 条，待回复 {{openTickets}} 条

详情见后台“在线客服统计”。
Emporium', CURRENT_TIMESTAMP, 0),
(27, 'chat.daily-summary', 'EMAIL', 'en', 'TRANSACTIONAL', 'Live chat on {{day}}',
 'Hello,

The live chat on {{day}}:

{{conversations}} conversations, {{answered}} answered, {{unanswered}} not answered
Average wait {{wait}}, first response {{firstResponse}}, duration {{duration}}
Satisfaction {{rating}} ({{ratings}} ratings)
{{tickets}} offline messages, {{openTickets}} waiting for an answer

The details are in the back office under live chat statistics.
Emporium', CURRENT_TIMESTAMP, 0),
(28, 'chat.daily-summary', 'SMS', 'zh_CN', 'TRANSACTIONAL', NULL,
 '【Emporium】{{day}} 在线客服：会话 {{conversations}}，已接待 {{answered}}，平均等待 {{wait}}，满意度 {{rating}}，待回复留言 {{openTickets}}。', CURRENT_TIMESTAMP, 0),
(29, 'chat.daily-summary', 'SMS', 'en', 'TRANSACTIONAL', NULL,
 '[Emporium] Live chat {{day}}: {{conversations}} conversations, {{answered}} answered, wait {{wait}}, satisfaction {{rating}}, {{openTickets}} messages to answer.', CURRENT_TIMESTAMP, 0);
