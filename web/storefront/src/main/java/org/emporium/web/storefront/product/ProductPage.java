package org.emporium.web.storefront.product;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.emporium.catalog.boundary.Crumb;
import org.emporium.catalog.boundary.ProductView;
import org.emporium.catalog.boundary.Shelf;
import org.emporium.web.storefront.navigation.CategoryMenu;
import org.emporium.web.storefront.shelf.PageCache;
import org.emporium.web.ui.LocaleSwitch;
import org.omnifaces.util.Faces;

/**
 * {@code product.xhtml?slug=...&sku=...}: a product on sale with its gallery, attributes and variant
 * picker. Every SKU with its options and prices goes into the page as JSON, so that the picker updates
 * price and availability in the browser; without script, each SKU is a link with its own address.
 */
@RequestScoped
@Named
public class ProductPage {

    @Inject
    Shelf shelf;

    @Inject
    CategoryMenu menu;

    @Inject
    LocaleSwitch locale;

    private String slug;
    private String sku;
    private ProductView product;
    private ProductView.Sku selected;

    /** Runs before rendering; drafts, products off the shelf or outside their publish window and unknown slugs are a real 404. */
    public void load() throws IOException {
        product = shelf.product(slug, locale.getCurrent()).orElse(null);
        if (product == null) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "No product " + slug);
            return;
        }
        menu.selectRoot(product.breadcrumbs().get(0).slug());
        selected = selectedSku(product, sku);
        Faces.setRequestAttribute(PageCache.TAG, "product:" + product.id());
    }

    /** The SKU the URL names, else the first one: what the page shows before the shopper picks. */
    static ProductView.Sku selectedSku(ProductView product, String code) {
        List<ProductView.Sku> skus = product.skus();
        return skus.stream().filter(s -> s.code().equals(code)).findFirst().orElse(skus.isEmpty() ? null : skus.get(0));
    }

    /**
     * The variant picker's data: axes in order and every SKU with its options, prices as shown and whether
     * it can be bought. Safe inside a script element: no "<" survives, so no "</script>" either.
     */
    public String getSkuJson() {
        return skuJson(product);
    }

    static String skuJson(ProductView product) {
        StringBuilder json = new StringBuilder("{\"axes\":[");
        json.append(product.axes().stream().map(a -> string(a.code())).collect(Collectors.joining(",")));
        json.append("],\"skus\":[");
        json.append(product.skus().stream()
                .map(s -> "{\"code\":" + string(s.code())
                        + ",\"spec\":" + string(s.spec())
                        + ",\"price\":" + string(MoneyFormat.of(s.price()))
                        + (s.discounted() ? ",\"listPrice\":" + string(MoneyFormat.of(s.listPrice())) : "")
                        + ",\"available\":" + s.available()
                        + ",\"options\":{"
                        + s.options().entrySet().stream()
                                .sorted(Map.Entry.comparingByKey())
                                .map(e -> string(e.getKey()) + ":" + string(e.getValue()))
                                .collect(Collectors.joining(","))
                        + "}}")
                .collect(Collectors.joining(",")));
        return json.append("]}").toString();
    }

    /**
     * A JSON string literal that is also safe inside an HTML script element: besides what JSON must escape,
     * "<", ">" and "&" are written as escapes, so the data can never close the element.
     */
    static String string(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    public boolean isChosen(String axis, String option) {
        return selected != null && option.equals(selected.options().get(axis));
    }

    public boolean isSelected(ProductView.Sku candidate) {
        return selected != null && selected.code().equals(candidate.code());
    }

    public ProductView getProduct() {
        return product;
    }

    public String getName() {
        return product.name();
    }

    /** Sanitised when staff saved it, so the page may render it as HTML. */
    public String getDescription() {
        return product.description();
    }

    public Crumb getCategory() {
        return product.category();
    }

    public ProductView.Sku getSelected() {
        return selected;
    }

    public String getInitial() {
        return ProductCard.initialOf(getName());
    }

    public String money(org.emporium.platform.money.Money money) {
        return MoneyFormat.of(money);
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
