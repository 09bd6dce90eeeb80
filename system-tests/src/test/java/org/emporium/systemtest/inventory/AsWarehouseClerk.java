package org.emporium.systemtest.inventory;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.emporium.catalog.boundary.Skus;
import org.emporium.inventory.boundary.Stock;
import org.emporium.inventory.boundary.StockLevel;
import org.emporium.systemtest.order.OrderFixture;

/**
 * Receives goods as a signed-in warehouse clerk does; test methods themselves run as anonymous callers. A SKU
 * the catalogue does not know yet is put on sale first (the warehouse receives only catalogued SKUs).
 */
@Stateless
@RunAs(Stock.WAREHOUSE)
@DeclareRoles(Stock.WAREHOUSE)
public class AsWarehouseClerk {

    @Inject
    Stock stock;

    @Inject
    Skus skus;

    @Inject
    OrderFixture catalogue;

    public StockLevel receive(String warehouseCode, String skuCode, int quantity) {
        if (skus.byCode(List.of(skuCode)).isEmpty()) {
            catalogue.productOnSale(skuCode, "10.00");
        }
        return stock.receive(warehouseCode, skuCode, quantity, "test delivery");
    }

    /** Receives without putting the SKU on sale first, as the warehouse page would for a mistyped code. */
    public StockLevel receiveUncatalogued(String warehouseCode, String skuCode, int quantity) {
        return stock.receive(warehouseCode, skuCode, quantity, "test delivery");
    }
}
