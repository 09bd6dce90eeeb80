-- A demo shopper: mobile 13800000000, password emporium (the same PBKDF2 hash as the demo staff's), with one
-- saved address in Beijing.
INSERT INTO customer_account (id, phone, email, display_name, password_hash, locale, status, created_at,
                              password_changed_at, version)
VALUES (1, '13800000000', 'shopper@example.cn', '演示顾客', 'PBKDF2WithHmacSHA512:210000:xZPqLveYfKlxvZq6UizdMvh1lxTqDKqaxOrxc8dRfgc=:Ew1pHP/igoDpZ87MUXP0Sdu5kh8RwaqVU2c9s6IkkK9KUmyGf+2+dU8S7g4c3gtVZjESNNx40DOKshWeqDj9Ig==', 'zh_CN', 'ACTIVE',
        TIMESTAMP WITH TIME ZONE '2026-12-01 08:00:00+00', TIMESTAMP WITH TIME ZONE '2026-12-01 08:00:00+00', 0);

INSERT INTO address_book_entry (id, owner, recipient, phone, province, city, district, street, postcode,
                                is_default, created_at, version)
SELECT 1, 'customer:1', '演示顾客', '13800000000', p.name, c.name, d.name, '中关村大街 1 号', '100080', TRUE,
       TIMESTAMP WITH TIME ZONE '2026-12-01 08:00:00+00', 0
FROM region p JOIN region c ON c.parent_code = p.code JOIN region d ON d.parent_code = c.code
WHERE p.depth = 1
ORDER BY p.code, c.code, d.code
FETCH FIRST 1 ROWS ONLY;
