package org.emporium.systemtest.catalog;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.emporium.catalog.boundary.Catalog;
import org.emporium.catalog.boundary.NewSku;
import org.emporium.catalog.boundary.ProductDraft;
import org.emporium.catalog.entity.Product;

/**
 * Changes the catalogue as a signed-in catalogue manager does from the back office; a test method itself
 * runs as an anonymous caller, whom the catalogue lets read but not change.
 */
@Stateless
@RunAs(Catalog.CATALOG_MANAGER)
@DeclareRoles(Catalog.CATALOG_MANAGER)
public class AsCatalogManager {

    @Inject
    Catalog catalog;

    public Product create(long categoryId, String slug, String nameZh, String nameEn, List<NewSku> skus) {
        return catalog.create(categoryId, slug, nameZh, nameEn, skus);
    }

    public Product update(Product edited) {
        return catalog.update(edited);
    }

    public Product save(ProductDraft draft) {
        return catalog.save(draft);
    }

    public Product generateSkus(
            long productId, long version, String prefix, List<ProductDraft.AxisChoice> axes, BigDecimal defaultPrice) {
        return catalog.generateSkus(productId, version, prefix, axes, defaultPrice);
    }
}
