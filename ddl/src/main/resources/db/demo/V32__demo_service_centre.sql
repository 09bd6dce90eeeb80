-- The demo's "售后" (after-sales) search now opens the storefront's service centre, where signed-in shoppers ask
-- for refunds, returns and exchanges and make complaints (guests are asked to sign in first).
UPDATE search_rule SET terms = '/service.xhtml', updated_at = CURRENT_TIMESTAMP, updated_by = 'demo'
WHERE kind = 'REDIRECT' AND query = '售后' AND terms = '/campaign/autumn-sale';
