package org.emporium.batch.catalogexport;

import java.lang.reflect.Field;
import org.emporium.catalog.entity.Category;
import org.emporium.catalog.entity.Product;
import org.emporium.platform.money.Money;

/** Catalogue entities as the database would hand them out, ids included. */
final class Products {

    private Products() {}

    static final Category SHIRTS = new Category(null, "mens-shirts", "男士衬衫", "Men's Shirts", 1);

    static Product product(long id, String slug, String nameZh, String nameEn) {
        Product product = new Product(SHIRTS, slug, nameZh, nameEn);
        setId(product, id);
        return product;
    }

    /** A product with one SKU, enough where only the walk through the catalogue matters. */
    static Product product(long id) {
        Product product = product(id, "product-" + id, "商品" + id, "Product " + id);
        product.addSku("SKU-" + id, "均码", "One size", Money.cny("10.00"), null);
        return product;
    }

    private static void setId(Product product, long id) {
        try {
            Field field = Product.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(product, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
