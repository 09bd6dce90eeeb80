-- Demo notifications: a marketing newsletter (sent only to recipients who opted in; it carries its unsubscribe
-- link) and two demo shoppers who opted in to it.
INSERT INTO notification_template (id, code, channel, locale, purpose, subject, body, updated_at, version) VALUES
(100, 'demo.newsletter', 'EMAIL', 'zh_CN', 'MARKETING', '{{offer}}：会员专享优惠',
 '您好：

{{offer}} 会员专享优惠已经开始，欢迎进店选购。

不想再收到此类邮件？点此退订：{{unsubscribeUrl}}

Emporium', CURRENT_TIMESTAMP, 0),
(101, 'demo.newsletter', 'EMAIL', 'en', 'MARKETING', '{{offer}}: members'' offers',
 'Hello,

The {{offer}} offers for members have started. Come and have a look.

No more mails like this? Unsubscribe: {{unsubscribeUrl}}

Emporium', CURRENT_TIMESTAMP, 0),
(102, 'demo.newsletter', 'SMS', 'zh_CN', 'MARKETING', NULL,
 '【Emporium】{{offer}} 会员专享优惠已开始，欢迎选购。回T退订', CURRENT_TIMESTAMP, 0),
(103, 'demo.newsletter', 'SMS', 'en', 'MARKETING', NULL,
 '[Emporium] The {{offer}} offers for members have started. Reply T to unsubscribe (回T退订)', CURRENT_TIMESTAMP, 0);

INSERT INTO notification_consent (id, recipient, channel, marketing, changed_at, source, version) VALUES
(100, 'demo.shopper@example.cn', 'EMAIL', TRUE, CURRENT_TIMESTAMP, 'demo', 0),
(101, '13800138000', 'SMS', TRUE, CURRENT_TIMESTAMP, 'demo', 0);
