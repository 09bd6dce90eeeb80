-- Demo payment data: a batch of ¥100 gift cards, the first ten activated (sold) with their ledger entries,
-- so that the storefront's payment page can be tried with codes EMPDEMO000000001 .. EMPDEMO000000010.
-- Ids stay below the sequences' start (1000).

INSERT INTO payment_gift_card_batch (id, batch_number, currency, face_value, card_count, expires_at, issued_by, issued_at)
VALUES (1, 'GC261201000001', 'CNY', 100.00, 20, TIMESTAMP WITH TIME ZONE '2036-12-31 23:59:59+08:00', 'admin',
        TIMESTAMP WITH TIME ZONE '2026-12-01 10:00:00+08:00');

INSERT INTO payment_gift_card (id, batch_id, code, currency, face_value, balance, held, status, expires_at, activated_at)
VALUES (1, 1, 'EMPDEMO000000001', 'CNY', 100.00, 100.00, 0.00, 'ACTIVE', TIMESTAMP WITH TIME ZONE '2036-12-31 23:59:59+08:00', TIMESTAMP WITH TIME ZONE '2026-12-01 10:05:00+08:00');
INSERT INTO payment_gift_card (id, batch_id, code, currency, face_value, balance, held, status, expires_at, activated_at)
VALUES (2, 1, 'EMPDEMO000000002', 'CNY', 100.00, 100.00, 0.00, 'ACTIVE', TIMESTAMP WITH TIME ZONE '2036-12-31 23:59:59+08:00', TIMESTAMP WITH TIME ZONE '2026-12-01 10:05:00+08:00');
INSERT INTO payment_gift_card (id, batch_id, code, currency, face_value, balance, held, status, expires_at, activated_at)
VALUES (3, 1, 'EMPDEMO000000003', 'CNY', 100.00, 100.00, 0.00, 'ACTIVE', TIMESTAMP WITH TIME ZONE '2036-12-31 23:59:59+08:00', TIMESTAMP WITH TIME ZONE '2026-12-01 10:05:00+08:00');
INSERT INTO payment_gift_card (id, batch_id, code, currency, face_value, balance, held, status, expires_at, activated_at)
VALUES (4, 1, 'EMPDEMO000000004', 'CNY', 100.00, 100.00, 0.00, 'ACTIVE', TIMESTAMP WITH TIME ZONE '2036-12-31 23:59:59+08:00', TIMESTAMP WITH TIME ZONE '2026-12-01 10:05:00+08:00');
INSERT INTO payment_gift_card (id, batch_id, code, currency, face_value, balance, held, status, expires_at, activated_at)
VALUES (5, 1, 'EMPDEMO000000005', 'CNY', 100.00, 100.00, 0.00, 'ACTIVE', TIMESTAMP WITH TIME ZONE '2036-12-31 23:59:59+08:00', TIMESTAMP WITH TIME ZONE '2026-12-01 10:05:00+08:00');
INSERT INTO payment_gift_card (id, batch_id, code, currency, face_value, balance, held, status, expires_at, activated_at)
VALUES (6, 1, 'EMPDEMO000000006', 'CNY', 100.00, 100.00, 0.00, 'ACTIVE', TIMESTAMP WITH TIME ZONE '2036-12-31 23:59:59+08:00', TIMESTAMP WITH TIME ZONE '2026-12-01 10:05:00+08:00');
INSERT INTO payment_gift_card (id, batch_id, code, currency, face_value, balance, held, status, expires_at, activated_at)
VALUES (7, 1, 'EMPDEMO000000007', 'CNY', 100.00, 100.00, 0.00, 'ACTIVE', TIMESTAMP WITH TIME ZONE '2036-12-31 23:59:59+08:00', TIMESTAMP WITH TIME ZONE '2026-12-01 10:05:00+08:00');
INSERT INTO payment_gift_card (id, batch_id, code, currency, face_value, balance, held, status, expires_at, activated_at)
VALUES (8, 1, 'EMPDEMO000000008', 'CNY', 100.00, 100.00, 0.00, 'ACTIVE', TIMESTAMP WITH TIME ZONE '2036-12-31 23:59:59+08:00', TIMESTAMP WITH TIME ZONE '2026-12-01 10:05:00+08:00');
INSERT INTO payment_gift_card (id, batch_id, code, currency, face_value, balance, held, status, expires_at, activated_at)
VALUES (9, 1, 'EMPDEMO000000009', 'CNY', 100.00, 100.00, 0.00, 'ACTIVE', TIMESTAMP WITH TIME ZONE '2036-12-31 23:59:59+08:00', TIMESTAMP WITH TIME ZONE '2026-12-01 10:05:00+08:00');
INSERT INTO payment_gift_card (id, batch_id, code, currency, face_value, balance, held, status, expires_at, activated_at)
VALUES (10, 1, 'EMPDEMO000000010', 'CNY', 100.00, 100.00, 0.00, 'ACTIVE', TIMESTAMP WITH TIME ZONE '2036-12-31 23:59:59+08:00', TIMESTAMP WITH TIME ZONE '2026-12-01 10:05:00+08:00');
INSERT INTO payment_gift_card (id, batch_id, code, currency, face_value, balance, held, status, expires_at, activated_at)
VALUES (11, 1, 'EMPDEMO000000011', 'CNY', 100.00, 100.00, 0.00, 'ISSUED', TIMESTAMP WITH TIME ZONE '2036-12-31 23:59:59+08:00', NULL);
INSERT INTO payment_gift_card (id, batch_id, code, currency, face_value, balance, held, status, expires_at, activated_at)
VALUES (12, 1, 'EMPDEMO000000012', 'CNY', 100.00, 100.00, 0.00, 'ISSUED', TIMESTAMP WITH TIME ZONE '2036-12-31 23:59:59+08:00', NULL);
INSERT INTO payment_gift_card (id, batch_id, code, currency, face_value, balance, held, status, expires_at, activated_at)
VALUES (13, 1, 'EMPDEMO000000013', 'CNY', 100.00, 100.00, 0.00, 'ISSUED', TIMESTAMP WITH TIME ZONE '2036-12-31 23:59:59+08:00', NULL);
INSERT INTO payment_gift_card (id, batch_id, code, currency, face_value, balance, held, status, expires_at, activated_at)
VALUES (14, 1, 'EMPDEMO000000014', 'CNY', 100.00, 100.00, 0.00, 'ISSUED', TIMESTAMP WITH TIME ZONE '2036-12-31 23:59:59+08:00', NULL);
INSERT INTO payment_gift_card (id, batch_id, code, currency, face_value, balance, held, status, expires_at, activated_at)
VALUES (15, 1, 'EMPDEMO000000015', 'CNY', 100.00, 100.00, 0.00, 'ISSUED', TIMESTAMP WITH TIME ZONE '2036-12-31 23:59:59+08:00', NULL);
INSERT INTO payment_gift_card (id, batch_id, code, currency, face_value, balance, held, status, expires_at, activated_at)
VALUES (16, 1, 'EMPDEMO000000016', 'CNY', 100.00, 100.00, 0.00, 'ISSUED', TIMESTAMP WITH TIME ZONE '2036-12-31 23:59:59+08:00', NULL);
INSERT INTO payment_gift_card (id, batch_id, code, currency, face_value, balance, held, status, expires_at, activated_at)
VALUES (17, 1, 'EMPDEMO000000017', 'CNY', 100.00, 100.00, 0.00, 'ISSUED', TIMESTAMP WITH TIME ZONE '2036-12-31 23:59:59+08:00', NULL);
INSERT INTO payment_gift_card (id, batch_id, code, currency, face_value, balance, held, status, expires_at, activated_at)
VALUES (18, 1, 'EMPDEMO000000018', 'CNY', 100.00, 100.00, 0.00, 'ISSUED', TIMESTAMP WITH TIME ZONE '2036-12-31 23:59:59+08:00', NULL);
INSERT INTO payment_gift_card (id, batch_id, code, currency, face_value, balance, held, status, expires_at, activated_at)
VALUES (19, 1, 'EMPDEMO000000019', 'CNY', 100.00, 100.00, 0.00, 'ISSUED', TIMESTAMP WITH TIME ZONE '2036-12-31 23:59:59+08:00', NULL);
INSERT INTO payment_gift_card (id, batch_id, code, currency, face_value, balance, held, status, expires_at, activated_at)
VALUES (20, 1, 'EMPDEMO000000020', 'CNY', 100.00, 100.00, 0.00, 'ISSUED', TIMESTAMP WITH TIME ZONE '2036-12-31 23:59:59+08:00', NULL);

INSERT INTO payment_journal_entry (id, voucher_number, kind, order_number, channel, currency, fee, settlement_date, operator, memo, posted_at)
VALUES (1, 'V26120100000001', 'ACTIVATE', NULL, 'internal', 'CNY', 0.00, DATE '2026-12-01', 'admin', 'gift card ****0001 sold', TIMESTAMP WITH TIME ZONE '2026-12-01 10:05:00+08:00');
INSERT INTO payment_journal_line (id, entry_id, position, subject, subject_code, reference, debit, credit) VALUES
    (1, 1, 0, 'CASH', '1001', 'gift-card-sales', 100.00, 0.00),
    (2, 1, 1, 'GIFT_CARD', '2241.11', 'EMPDEMO000000001', 0.00, 100.00);
INSERT INTO payment_journal_entry (id, voucher_number, kind, order_number, channel, currency, fee, settlement_date, operator, memo, posted_at)
VALUES (2, 'V26120100000002', 'ACTIVATE', NULL, 'internal', 'CNY', 0.00, DATE '2026-12-01', 'admin', 'gift card ****0002 sold', TIMESTAMP WITH TIME ZONE '2026-12-01 10:05:00+08:00');
INSERT INTO payment_journal_line (id, entry_id, position, subject, subject_code, reference, debit, credit) VALUES
    (3, 2, 0, 'CASH', '1001', 'gift-card-sales', 100.00, 0.00),
    (4, 2, 1, 'GIFT_CARD', '2241.11', 'EMPDEMO000000002', 0.00, 100.00);
INSERT INTO payment_journal_entry (id, voucher_number, kind, order_number, channel, currency, fee, settlement_date, operator, memo, posted_at)
VALUES (3, 'V26120100000003', 'ACTIVATE', NULL, 'internal', 'CNY', 0.00, DATE '2026-12-01', 'admin', 'gift card ****0003 sold', TIMESTAMP WITH TIME ZONE '2026-12-01 10:05:00+08:00');
INSERT INTO payment_journal_line (id, entry_id, position, subject, subject_code, reference, debit, credit) VALUES
    (5, 3, 0, 'CASH', '1001', 'gift-card-sales', 100.00, 0.00),
    (6, 3, 1, 'GIFT_CARD', '2241.11', 'EMPDEMO000000003', 0.00, 100.00);
INSERT INTO payment_journal_entry (id, voucher_number, kind, order_number, channel, currency, fee, settlement_date, operator, memo, posted_at)
VALUES (4, 'V26120100000004', 'ACTIVATE', NULL, 'internal', 'CNY', 0.00, DATE '2026-12-01', 'admin', 'gift card ****0004 sold', TIMESTAMP WITH TIME ZONE '2026-12-01 10:05:00+08:00');
INSERT INTO payment_journal_line (id, entry_id, position, subject, subject_code, reference, debit, credit) VALUES
    (7, 4, 0, 'CASH', '1001', 'gift-card-sales', 100.00, 0.00),
    (8, 4, 1, 'GIFT_CARD', '2241.11', 'EMPDEMO000000004', 0.00, 100.00);
INSERT INTO payment_journal_entry (id, voucher_number, kind, order_number, channel, currency, fee, settlement_date, operator, memo, posted_at)
VALUES (5, 'V26120100000005', 'ACTIVATE', NULL, 'internal', 'CNY', 0.00, DATE '2026-12-01', 'admin', 'gift card ****0005 sold', TIMESTAMP WITH TIME ZONE '2026-12-01 10:05:00+08:00');
INSERT INTO payment_journal_line (id, entry_id, position, subject, subject_code, reference, debit, credit) VALUES
    (9, 5, 0, 'CASH', '1001', 'gift-card-sales', 100.00, 0.00),
    (10, 5, 1, 'GIFT_CARD', '2241.11', 'EMPDEMO000000005', 0.00, 100.00);
INSERT INTO payment_journal_entry (id, voucher_number, kind, order_number, channel, currency, fee, settlement_date, operator, memo, posted_at)
VALUES (6, 'V26120100000006', 'ACTIVATE', NULL, 'internal', 'CNY', 0.00, DATE '2026-12-01', 'admin', 'gift card ****0006 sold', TIMESTAMP WITH TIME ZONE '2026-12-01 10:05:00+08:00');
INSERT INTO payment_journal_line (id, entry_id, position, subject, subject_code, reference, debit, credit) VALUES
    (11, 6, 0, 'CASH', '1001', 'gift-card-sales', 100.00, 0.00),
    (12, 6, 1, 'GIFT_CARD', '2241.11', 'EMPDEMO000000006', 0.00, 100.00);
INSERT INTO payment_journal_entry (id, voucher_number, kind, order_number, channel, currency, fee, settlement_date, operator, memo, posted_at)
VALUES (7, 'V26120100000007', 'ACTIVATE', NULL, 'internal', 'CNY', 0.00, DATE '2026-12-01', 'admin', 'gift card ****0007 sold', TIMESTAMP WITH TIME ZONE '2026-12-01 10:05:00+08:00');
INSERT INTO payment_journal_line (id, entry_id, position, subject, subject_code, reference, debit, credit) VALUES
    (13, 7, 0, 'CASH', '1001', 'gift-card-sales', 100.00, 0.00),
    (14, 7, 1, 'GIFT_CARD', '2241.11', 'EMPDEMO000000007', 0.00, 100.00);
INSERT INTO payment_journal_entry (id, voucher_number, kind, order_number, channel, currency, fee, settlement_date, operator, memo, posted_at)
VALUES (8, 'V26120100000008', 'ACTIVATE', NULL, 'internal', 'CNY', 0.00, DATE '2026-12-01', 'admin', 'gift card ****0008 sold', TIMESTAMP WITH TIME ZONE '2026-12-01 10:05:00+08:00');
INSERT INTO payment_journal_line (id, entry_id, position, subject, subject_code, reference, debit, credit) VALUES
    (15, 8, 0, 'CASH', '1001', 'gift-card-sales', 100.00, 0.00),
    (16, 8, 1, 'GIFT_CARD', '2241.11', 'EMPDEMO000000008', 0.00, 100.00);
INSERT INTO payment_journal_entry (id, voucher_number, kind, order_number, channel, currency, fee, settlement_date, operator, memo, posted_at)
VALUES (9, 'V26120100000009', 'ACTIVATE', NULL, 'internal', 'CNY', 0.00, DATE '2026-12-01', 'admin', 'gift card ****0009 sold', TIMESTAMP WITH TIME ZONE '2026-12-01 10:05:00+08:00');
INSERT INTO payment_journal_line (id, entry_id, position, subject, subject_code, reference, debit, credit) VALUES
    (17, 9, 0, 'CASH', '1001', 'gift-card-sales', 100.00, 0.00),
    (18, 9, 1, 'GIFT_CARD', '2241.11', 'EMPDEMO000000009', 0.00, 100.00);
INSERT INTO payment_journal_entry (id, voucher_number, kind, order_number, channel, currency, fee, settlement_date, operator, memo, posted_at)
VALUES (10, 'V26120100000010', 'ACTIVATE', NULL, 'internal', 'CNY', 0.00, DATE '2026-12-01', 'admin', 'gift card ****0010 sold', TIMESTAMP WITH TIME ZONE '2026-12-01 10:05:00+08:00');
INSERT INTO payment_journal_line (id, entry_id, position, subject, subject_code, reference, debit, credit) VALUES
    (19, 10, 0, 'CASH', '1001', 'gift-card-sales', 100.00, 0.00),
    (20, 10, 1, 'GIFT_CARD', '2241.11', 'EMPDEMO000000010', 0.00, 100.00);

-- The demo administrator also works as finance (gift cards, adjustments, the ledger).
INSERT INTO staff_role (staff_id, role_name) VALUES (1, 'finance');
