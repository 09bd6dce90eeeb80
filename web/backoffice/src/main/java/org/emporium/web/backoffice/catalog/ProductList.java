package org.emporium.web.backoffice.catalog;

import jakarta.faces.component.UIData;
import jakarta.faces.event.ActionEvent;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.emporium.catalog.boundary.Catalog;
import org.emporium.catalog.boundary.ProductFilter;
import org.emporium.catalog.boundary.ProductPage;
import org.emporium.catalog.boundary.ProductSort;
import org.emporium.catalog.entity.Product;
import org.emporium.catalog.entity.ProductStatus;
import org.emporium.web.backoffice.security.CurrentUser;
import org.emporium.web.ui.LocaleSwitch;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * {@code products.xhtml}: every product, a page at a time, filtered by text (name, URL name or SKU code),
 * status, category and brand, sorted by a column. The database does the paging; the page holds one page of rows.
 */
@ViewScoped
@Named
public class ProductList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Catalog catalog;

    @Inject
    LocaleSwitch locale;

    @Inject
    CurrentUser user;

    private String text;
    private ProductStatus status;
    private Long categoryId;
    private Long brandId;
    private List<SelectItem> categoryChoices;
    private List<SelectItem> brandChoices;
    private final Products products = new Products();

    /** Applies the filters from the first page on: page 7 of the old results means nothing for the new ones. */
    public void search(ActionEvent event) {
        if (event.getComponent().findComponent("products") instanceof UIData table) {
            table.setFirst(0);
        }
    }

    public void reset(ActionEvent event) {
        text = null;
        status = null;
        categoryId = null;
        brandId = null;
        search(event);
    }

    ProductFilter filter() {
        return new ProductFilter(text == null || text.isBlank() ? null : text.trim(), status, categoryId, brandId);
    }

    /** The sort a table column asks for; unsorted lists show the newest changes first. */
    static ProductSort sort(Map<String, SortMeta> sortBy) {
        return sortBy == null
                ? ProductSort.UPDATED
                : sortBy.values().stream()
                        .filter(s -> s.getOrder() != SortOrder.UNSORTED)
                        .findFirst()
                        .map(s -> ProductSort.of(s.getField()))
                        .orElse(ProductSort.UPDATED);
    }

    static boolean ascending(Map<String, SortMeta> sortBy) {
        return sortBy != null
                && sortBy.values().stream()
                        .filter(s -> s.getOrder() != SortOrder.UNSORTED)
                        .findFirst()
                        .map(s -> s.getOrder() == SortOrder.ASCENDING)
                        .orElse(false);
    }

    /** The rows of the table, fetched from the catalogue one page at a time. */
    public class Products extends LazyDataModel<Product> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(
                    Integer.MAX_VALUE,
                    catalog.products(filter(), ProductSort.ID, true, 0, 1).total());
        }

        @Override
        public List<Product> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            ProductPage page = catalog.products(filter(), sort(sortBy), ascending(sortBy), first, pageSize);
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.products();
        }

        @Override
        public String getRowKey(Product product) {
            return String.valueOf(product.getId());
        }

        @Override
        public Product getRowData(String rowKey) {
            try {
                return catalog.product(Long.parseLong(rowKey)).orElse(null);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    public Products getProducts() {
        return products;
    }

    public List<ProductStatus> getStatuses() {
        return Arrays.asList(ProductStatus.values());
    }

    public List<SelectItem> getCategoryChoices() {
        if (categoryChoices == null) {
            categoryChoices = CategoryChoices.of(catalog.categories(), locale.getCurrent());
        }
        return categoryChoices;
    }

    public List<SelectItem> getBrandChoices() {
        if (brandChoices == null) {
            brandChoices = catalog.brands().stream()
                    .map(b -> new SelectItem(b.getId(), b.name(locale.getCurrent())))
                    .toList();
        }
        return brandChoices;
    }

    /** The address of a product's cover picture (the first of its gallery), served by the storefront; null without one. */
    public String cover(Product product) {
        return product.getImages().isEmpty()
                ? null
                : "/media/" + product.getImages().get(0).getMediaId();
    }

    /** Only catalogue managers are offered a new product; the catalogue refuses everyone else anyway. */
    public boolean isCreatable() {
        return user.isCatalogManager();
    }

    public Long getBrandId() {
        return brandId;
    }

    public void setBrandId(Long brandId) {
        this.brandId = brandId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public ProductStatus getStatus() {
        return status;
    }

    public void setStatus(ProductStatus status) {
        this.status = status;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }
}
