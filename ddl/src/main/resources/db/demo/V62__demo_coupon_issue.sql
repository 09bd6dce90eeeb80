-- Demo template for coupons issued to a segment (staff may pick it, or any marketing template of their own, on
-- the promotions page): marketing, so only members who agreed to marketing messages get it. Variables: campaign
-- (and offer, the same), until.
INSERT INTO notification_template (id, code, channel, locale, purpose, subject, body, updated_at, version) VALUES
(110, 'promotion.coupon.issued', 'SMS', 'zh_CN', 'MARKETING', NULL,
 '【Emporium】送您一张“{{campaign}}”优惠券，{{until}} 前有效，下单时即可使用。回T退订', CURRENT_TIMESTAMP, 0),
(111, 'promotion.coupon.issued', 'SMS', 'en', 'MARKETING', NULL,
 '[Emporium] A "{{campaign}}" coupon is yours, valid until {{until}}; use it at checkout. Reply T to unsubscribe (回T退订)', CURRENT_TIMESTAMP, 0),
(112, 'promotion.coupon.issued', 'EMAIL', 'zh_CN', 'MARKETING', '送您一张优惠券：{{campaign}}',
 '您好：

我们送您一张“{{campaign}}”优惠券，{{until}} 前有效。登录后在“我的优惠券”中查看，结算时即可使用。

不想再收到此类邮件？点此退订：{{unsubscribeUrl}}

Emporium', CURRENT_TIMESTAMP, 0),
(113, 'promotion.coupon.issued', 'EMAIL', 'en', 'MARKETING', 'A coupon for you: {{campaign}}',
 'Hello,

A "{{campaign}}" coupon is yours, valid until {{until}}. Sign in to see it under My coupons and use it at checkout.

No more mails like this? Unsubscribe: {{unsubscribeUrl}}

Emporium', CURRENT_TIMESTAMP, 0);
