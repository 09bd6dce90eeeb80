-- Two proactive invitations on the demo storefront: a shopper who lingers on a product page, and one with a
-- well-filled cart, is invited to chat while an agent is online.
INSERT INTO chat_invitation_rule (id, site_id, name, active, priority, source_contains, page_contains,
                                  min_seconds_on_page, min_pages, min_cart_value, text_zh, text_en, created_at, version)
VALUES (1, 1, 'Undecided on a product page', TRUE, 10, NULL, 'product.xhtml', 90, 2, NULL,
        '需要帮您挑选尺码或颜色吗？', 'Can we help you choose a size or colour?', CURRENT_TIMESTAMP, 0),
       (2, 1, 'A large cart', TRUE, 20, NULL, 'cart.xhtml', 30, 0, 800.00,
        '您的购物车已满 800 元，有任何问题随时问我们。', 'Questions about your order? We are here to help.', CURRENT_TIMESTAMP, 0);
