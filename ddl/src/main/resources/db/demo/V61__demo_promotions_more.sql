-- More demo promotions: a second person to approve campaigns, and a coupon to claim.

-- A second person for promotions: approval must come from someone other than the campaign's author, so the
-- demo has an approver beside the administrator. Login: approver / emporium (the same PBKDF2 hash as the demo
-- administrator's password).
INSERT INTO staff_account (id, username, display_name, password_hash, enabled, version)
VALUES (61, 'approver', 'Demo Promotion Approver',
        'PBKDF2WithHmacSHA512:210000:xZPqLveYfKlxvZq6UizdMvh1lxTqDKqaxOrxc8dRfgc=:Ew1pHP/igoDpZ87MUXP0Sdu5kh8RwaqVU2c9s6IkkK9KUmyGf+2+dU8S7g4c3gtVZjESNNx40DOKshWeqDj9Ig==',
        TRUE, 0);
INSERT INTO staff_role (staff_id, role_name) VALUES (61, 'staff');
INSERT INTO staff_role (staff_id, role_name) VALUES (61, 'promotion-approver');

-- A coupon to claim in the storefront's coupon centre: 30 off 300 on the kitchen products, one per shopper,
-- valid seven days after it is claimed.
INSERT INTO promotion_campaign (id, template_id, name_zh, name_en, campaign_type, terms, product_ids,
    stacking_group, priority, coupon, status, coupons_total, coupons_per_shopper, coupon_valid_days,
    created_by, created_at, submitted_by, approved_by)
VALUES (4, 9, '厨房好物满 300 减 30 券', 'Kitchen coupon: 30 off 300', 'SPEND_TIERS', 'tiers=300:30', '5,6',
    'coupon', 15, TRUE, 'LIVE', 1000, 1, 7, 'admin', CURRENT_TIMESTAMP, 'admin', 'approver');
