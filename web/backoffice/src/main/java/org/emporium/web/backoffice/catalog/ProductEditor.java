package org.emporium.web.backoffice.catalog;

import jakarta.ejb.EJBException;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.catalog.boundary.Catalog;
import org.emporium.catalog.entity.Category;
import org.emporium.catalog.entity.Product;
import org.emporium.catalog.entity.ProductStatus;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.web.backoffice.BackOfficeTexts;
import org.emporium.web.backoffice.security.CurrentUser;
import org.emporium.web.ui.LocaleSwitch;
import org.emporium.web.ui.Messages;
import org.omnifaces.util.Faces;

/**
 * {@code product.xhtml?id=N}: edits a product and its SKUs. The form writes straight into a detached copy
 * of the product, so Bean Validation checks each field where it is typed; the catalogue checks the rules
 * again and saves all or nothing. When it refuses, the page says why and keeps what the user typed.
 */
@ViewScoped
@Named
public class ProductEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ProductEditor.class.getName());

    @Inject
    Catalog catalog;

    @Inject
    CurrentUser user;

    @Inject
    LocaleSwitch locale;

    private String id;
    private Product product;
    private Long categoryId;
    private ProductStatus status;
    private List<Category> categories;

    /** Runs on the first request only; a postback keeps the copy that the user is editing. */
    public void load() throws IOException {
        Long productId = parseId(id);
        product = productId == null ? null : catalog.product(productId).orElse(null);
        if (product == null) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "No product " + id);
            return;
        }
        showSaved(product);
        categories = catalog.categories();
    }

    public void save() {
        // The button is hidden from everyone else; this guards against a crafted request all the same.
        if (!user.isCatalogManager()) {
            Messages.error(BackOfficeTexts.CATALOG, "product.save.forbidden");
            return;
        }
        try {
            product.setCategory(category(categoryId));
            if (status != product.getStatus()) {
                product.changeStatus(status);
            }
            Product saved = catalog.update(product);
            showSaved(catalog.product(saved.getId()).orElse(saved));
            Messages.info(BackOfficeTexts.CATALOG, "product.saved", product.name(locale.getCurrent()));
        } catch (BusinessRuleViolation violation) {
            Messages.reject(violation.messageKey(), violation.arguments());
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "Saving product " + product.getId() + " failed", e);
            Messages.error(Messages.COMMON, "error.unexpected");
        }
    }

    private void showSaved(Product saved) {
        product = saved;
        categoryId = saved.getCategoryId();
        status = saved.getStatus();
    }

    private Category category(Long wanted) {
        if (wanted == null) {
            throw new BusinessRuleViolation("catalog.product.category.required");
        }
        return categories.stream()
                .filter(c -> c.getId().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new BusinessRuleViolation("catalog.product.category.required"));
    }

    static Long parseId(String id) {
        try {
            return id == null ? null : Long.valueOf(id.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public boolean isEditable() {
        return user.isCatalogManager();
    }

    public List<SelectItem> getCategoryChoices() {
        return CategoryChoices.of(categories, locale.getCurrent());
    }

    public List<ProductStatus> getStatuses() {
        return Arrays.asList(ProductStatus.values());
    }

    /** The storefront address of the product, for staff to check what shoppers see. */
    public String getStorefrontPath() {
        return "/product.xhtml?slug=" + product.getSlug();
    }

    public Product getProduct() {
        return product;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public ProductStatus getStatus() {
        return status;
    }

    public void setStatus(ProductStatus status) {
        this.status = status;
    }
}
