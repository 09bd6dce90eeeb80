package org.emporium.web.storefront.product;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.emporium.catalog.boundary.Catalog;
import org.emporium.catalog.entity.Category;
import org.emporium.catalog.entity.Product;
import org.emporium.catalog.entity.Sku;
import org.emporium.web.storefront.navigation.CategoryMenu;
import org.emporium.web.ui.LocaleSwitch;
import org.omnifaces.util.Faces;

/**
 * {@code product.xhtml?slug=...&sku=...}: a product on sale, its SKUs to choose from and the chosen
 * SKU's price. The choice is a link, so every variant has its own address to share.
 */
@RequestScoped
@Named
public class ProductPage {

    @Inject
    Catalog catalog;

    @Inject
    CategoryMenu menu;

    @Inject
    LocaleSwitch locale;

    private String slug;
    private String sku;
    private Product product;
    private Sku selected;

    /** Runs before rendering; drafts, products off the shelf and unknown slugs are a real 404. */
    public void load() throws IOException {
        product = slug == null ? null : catalog.onSale(slug).orElse(null);
        if (product == null) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "No product " + slug);
            return;
        }
        menu.select(product.getCategory());
        List<Sku> skus = product.getSkus();
        selected = skus.stream()
                .filter(s -> s.getCode().equals(sku))
                .findFirst()
                .orElse(skus.isEmpty() ? null : skus.get(0));
    }

    public Product getProduct() {
        return product;
    }

    public String getName() {
        return product.name(locale.getCurrent());
    }

    /** Sanitised when staff saved it, so the page may render it as HTML. */
    public String getDescription() {
        return product.description(locale.getCurrent());
    }

    public Category getCategory() {
        return product.getCategory();
    }

    public Category getParentCategory() {
        return menu.parent(product.getCategory());
    }

    public List<Sku> getSkus() {
        return product.getSkus();
    }

    public Sku getSelected() {
        return selected;
    }

    public boolean isSelected(Sku candidate) {
        return selected != null && selected.getCode().equals(candidate.getCode());
    }

    public String getInitial() {
        return ProductCard.initialOf(getName());
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }
}
