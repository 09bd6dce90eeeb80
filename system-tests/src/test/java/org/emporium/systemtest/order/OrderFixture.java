package org.emporium.systemtest.order;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.emporium.catalog.boundary.Catalog;
import org.emporium.catalog.boundary.NewSku;
import org.emporium.catalog.entity.Product;
import org.emporium.catalog.entity.ProductStatus;
import org.emporium.order.boundary.PlaceOrder;
import org.emporium.order.entity.DeliveryAddress;
import org.emporium.order.entity.ShippingMethod;
import org.emporium.platform.money.Money;

/**
 * Puts a product of one SKU on sale in the kitchen category (whose attribute set requires nothing) and reprices
 * it, as a catalogue manager does; stock comes through {@link org.emporium.systemtest.inventory.AsWarehouseClerk}.
 */
@Stateless
@RunAs(Catalog.CATALOG_MANAGER)
@DeclareRoles(Catalog.CATALOG_MANAGER)
public class OrderFixture {

    @Inject
    Catalog catalog;

    public Product productOnSale(String skuCode, String price) {
        long kitchen = catalog.category("kitchen").orElseThrow().getId();
        Product created = catalog.create(
                kitchen,
                "it-" + skuCode.toLowerCase(),
                "测试锅 " + skuCode,
                "Test Pot " + skuCode,
                List.of(new NewSku(skuCode, "20 厘米", "20 cm", Money.cny(price), null)));
        Product edited = catalog.product(created.getId()).orElseThrow();
        edited.changeStatus(ProductStatus.ON_SALE);
        return catalog.update(edited);
    }

    /** An order of one SKU, by a buyer from a browser the shop knows (visitor id), delivered in Shanghai. */
    public static PlaceOrder oneOf(String skuCode, int quantity, String buyer, String visitorId) {
        return new PlaceOrder(
                buyer,
                "t-" + java.util.UUID.randomUUID(),
                visitorId,
                List.of(new PlaceOrder.Item(skuCode, quantity)),
                new DeliveryAddress("王五", "13600001111", "上海市", "上海市", "黄浦区", "南京东路 1 号", "200001"),
                ShippingMethod.STANDARD,
                null,
                null);
    }

    public void reprice(String skuCode, String price) {
        catalog.reprice(skuCode, Money.cny(price), null);
    }
}
