-- The demo storefront's knowledge base: what shoppers ask most. The bot is off on the demo site (agents answer
-- first); the back office's Knowledge base page turns it on.
INSERT INTO chat_knowledge (id, site_id, question_zh, question_en, keywords, answer_zh, answer_en, active, used, updated_at, version) VALUES
(1, 1, '多久发货？运费多少？', 'When do you ship and what does delivery cost?', '发货 快递 运费 配送 包邮 delivery shipping ship express postage',
 '下单后 24 小时内发货，江浙沪次日达，其他地区 2 至 4 天。订单满 99 元包邮，否则运费 10 元。',
 'Orders leave within 24 hours and arrive in 2 to 4 days (next day around Shanghai). Delivery is free over ¥99, otherwise ¥10.', TRUE, 0, CURRENT_TIMESTAMP, 0),
(2, 1, '怎么退货退款？', 'How do I return something and get my money back?', '退货 退款 售后 七天无理由 return refund money back',
 '签收后 7 天内可无理由退货：在“我的订单”中选择订单，点“申请售后”。我们收到退货后 3 个工作日内原路退款。',
 'You may return goods within 7 days of delivery: open the order in My orders and choose Return. We refund to where you paid within 3 working days of receiving it.', TRUE, 0, CURRENT_TIMESTAMP, 0),
(3, 1, '可以开发票吗？', 'Can I get an invoice (fapiao)?', '发票 开票 税号 invoice fapiao tax',
 '可以。结账时选择个人或公司发票并填写抬头和税号，电子发票会在发货后发到您的邮箱。',
 'Yes. Choose a personal or company invoice at checkout with its title and tax number; the electronic fapiao is mailed to you after shipping.', TRUE, 0, CURRENT_TIMESTAMP, 0),
(4, 1, '支持哪些支付方式？', 'How can I pay?', '支付 付款 支付宝 微信 礼品卡 余额 积分 pay payment alipay wechat gift card balance points',
 '支持支付宝、微信支付，以及账户余额、积分和礼品卡，一个订单可以组合使用。',
 'Alipay and WeChat Pay, and your balance, points and gift cards, which you can combine in one order.', TRUE, 0, CURRENT_TIMESTAMP, 0),
(5, 1, '衣服尺码怎么选？', 'Which size should I choose?', '尺码 尺寸 大小 合身 size sizes fit measurements',
 '每件商品页面都有尺码表。两个尺码之间犹豫时，建议选大一码；不合适可以免费换货一次。',
 'Every product page has a size chart. Between two sizes, take the larger one; one exchange for another size is free.', TRUE, 0, CURRENT_TIMESTAMP, 0);
