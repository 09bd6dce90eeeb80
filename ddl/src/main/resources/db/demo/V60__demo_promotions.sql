-- Demo promotions: the demo administrator manages and approves campaigns; three live campaigns on kitchen and
-- audio products (not on shirts, which the checkout browser test buys at full price).

INSERT INTO staff_role (staff_id, role_name) VALUES (1, 'promotion-manager');
INSERT INTO staff_role (staff_id, role_name) VALUES (1, 'promotion-approver');

INSERT INTO promotion_campaign (id, template_id, name_zh, name_en, campaign_type, terms, product_ids,
    stacking_group, priority, status, created_by, created_at, approved_by)
VALUES (1, 1, '厨房好物满 500 减 50，满 800 减 100', 'Kitchen: 50 off 500, 100 off 800', 'SPEND_TIERS',
    'tiers=500:50,800:100', '5,6', 'order', 10, 'LIVE', 'admin', CURRENT_TIMESTAMP, 'admin');
INSERT INTO promotion_campaign (id, template_id, name_zh, name_en, campaign_type, terms, product_ids,
    stacking_group, priority, status, created_by, created_at, approved_by)
VALUES (2, 3, '蓝牙音箱第二件半价', 'Bluetooth speaker: second at half price', 'NTH_ITEM_OFF',
    'nth=2
percent=50', '9', 'item', 20, 'LIVE', 'admin', CURRENT_TIMESTAMP, 'admin');
INSERT INTO promotion_campaign (id, template_id, name_zh, name_en, campaign_type, terms, product_ids,
    stacking_group, priority, status, created_by, created_at, approved_by)
VALUES (3, 6, '锅具快递包邮', 'Free express delivery with the skillet', 'FREE_SHIPPING',
    '', '5', 'shipping', 0, 'LIVE', 'admin', CURRENT_TIMESTAMP, 'admin');
