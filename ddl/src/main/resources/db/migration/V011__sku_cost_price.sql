-- What a SKU costs the retailer (purchase or landed cost), when known: the promotion margin check compares the
-- lowest price a campaign could sell it at with this cost. Never negative; above the price it is allowed (a loss
-- leader) but staff are warned.

ALTER TABLE sku ADD COLUMN cost_price NUMERIC(19, 2);
ALTER TABLE sku ADD CONSTRAINT ck_sku_cost_price CHECK (cost_price IS NULL OR cost_price >= 0);
