package org.emporium.web.backoffice.catalog;

import jakarta.ejb.EJBException;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.emporium.catalog.boundary.Catalog;
import org.emporium.catalog.boundary.EffectiveAttribute;
import org.emporium.catalog.boundary.MediaLibrary;
import org.emporium.catalog.boundary.ProductDraft;
import org.emporium.catalog.boundary.ProductDraft.AxisChoice;
import org.emporium.catalog.boundary.ProductDraft.ImageDraft;
import org.emporium.catalog.boundary.ProductDraft.SkuDraft;
import org.emporium.catalog.boundary.SkuPlan;
import org.emporium.catalog.entity.Brand;
import org.emporium.catalog.entity.Category;
import org.emporium.catalog.entity.Media;
import org.emporium.catalog.entity.Product;
import org.emporium.catalog.entity.ProductStatus;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.web.backoffice.BackOfficeTexts;
import org.emporium.web.backoffice.security.CurrentUser;
import org.emporium.web.ui.LocaleSwitch;
import org.emporium.web.ui.Messages;
import org.omnifaces.util.Faces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * {@code product.xhtml?id=N} edits a product, {@code product.xhtml} without an id creates one: its basics,
 * attribute values, the SKU matrix generated from the options chosen per variant axis, each SKU's fields,
 * and the gallery. Everything is held in a {@link ProductDraft} until the user saves; the form checks each
 * field where it is typed, the catalogue checks the rules again and saves all or nothing. When it refuses,
 * the page says why and keeps what the user typed.
 */
@ViewScoped
@Named
public class ProductEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ProductEditor.class.getName());

    @Inject
    Catalog catalog;

    @Inject
    MediaLibrary media;

    @Inject
    CurrentUser user;

    @Inject
    LocaleSwitch locale;

    /** The office's zone, in which staff type publish times; read once, as an injected value would not passivate. */
    private String officeZone;

    private String id;
    private ProductDraft draft;
    private ProductStatus savedStatus;
    private String savedNameZh;
    private String savedNameEn;
    private List<Category> categories;
    private List<Brand> brands;
    private List<EffectiveAttribute> attributeSet = List.of();
    private List<String> removedCodes = List.of();
    private LocalDateTime publishAt;
    private LocalDateTime unpublishAt;

    /** Runs on the first request only; a postback keeps the draft that the user is editing. */
    public void load() throws IOException {
        officeZone = ConfigProvider.getConfig()
                .getOptionalValue("emporium.office.zone", String.class)
                .orElse("Asia/Shanghai");
        categories = catalog.categories();
        brands = catalog.brands();
        if (id == null || id.isBlank()) {
            show(new ProductDraft());
            return;
        }
        Long productId = parseId(id);
        ProductDraft stored =
                productId == null ? null : catalog.draft(productId).orElse(null);
        if (stored == null) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "No product " + id);
            return;
        }
        show(stored);
    }

    private void show(ProductDraft shown) {
        draft = shown;
        savedStatus = shown.getStatus();
        savedNameZh = shown.getNameZh();
        savedNameEn = shown.getNameEn();
        publishAt = local(shown.getPublishAt());
        unpublishAt = local(shown.getUnpublishAt());
        removedCodes = List.of();
        attributeSet = shown.getCategoryId() == null ? List.of() : catalog.attributeSet(shown.getCategoryId());
    }

    /** Another category brings another attribute set: its variant axes replace the old ones. */
    public void categoryChanged() {
        attributeSet = draft.getCategoryId() == null ? List.of() : catalog.attributeSet(draft.getCategoryId());
        draft.getAxes()
                .removeIf(a -> getVariantAxes().stream().noneMatch(e -> e.code().equals(a.getAttributeCode())));
    }

    /**
     * Lays the matrix of the chosen options over the product's SKUs and shows it; nothing is saved until
     * the user saves. What the user already typed into a kept row stays.
     */
    public void generateSkus() {
        try {
            SkuPlan plan = catalog.planSkus(
                    draft.getId(),
                    draft.getCategoryId() == null ? -1 : draft.getCategoryId(),
                    draft.getCodePrefix(),
                    chosenAxes(),
                    draft.getDefaultPrice());
            List<SkuDraft> rows = new ArrayList<>();
            for (SkuDraft row : plan.rows()) {
                rows.add(row.isAdded() ? row : draft.sku(row.getCode()).orElse(row));
            }
            draft.setSkus(rows);
            draft.setRegenerate(true);
            removedCodes = plan.removedCodes();
            Messages.info(BackOfficeTexts.CATALOG, "editor.generated", rows.size(), removedCodes.size());
        } catch (BusinessRuleViolation violation) {
            Messages.reject(violation.messageKey(), violation.arguments());
        }
    }

    /** The axes with at least one option chosen: an axis without options does not vary this product. */
    private List<AxisChoice> chosenAxes() {
        return draft.getAxes().stream()
                .filter(a -> !a.getOptionCodes().isEmpty())
                .map(a -> new AxisChoice(a.getAttributeCode(), a.getOptionCodes()))
                .toList();
    }

    /** Stores an uploaded picture in the media library and appends it to the gallery (saved with the product). */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try {
            Media stored = media.store(file.getFileName(), file.getContent());
            if (draft.getImages().stream().noneMatch(i -> i.getMediaId() == stored.getId())) {
                draft.getImages().add(new ImageDraft(stored.getId(), null));
            }
        } catch (BusinessRuleViolation violation) {
            Messages.reject(violation.messageKey(), violation.arguments());
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "Storing an upload failed", e);
            Messages.error(Messages.COMMON, "error.unexpected");
        }
    }

    /** Moves a picture one place towards the front (-1) or the back (+1); the first is the cover. */
    public void moveImage(int index, int step) {
        List<ImageDraft> images = draft.getImages();
        int target = index + step;
        if (index >= 0 && index < images.size() && target >= 0 && target < images.size()) {
            images.add(target, images.remove(index));
        }
    }

    public void removeImage(int index) {
        if (index >= 0 && index < draft.getImages().size()) {
            draft.getImages().remove(index);
        }
    }

    public void save() throws IOException {
        // The button is hidden from everyone else; this guards against a crafted request all the same.
        if (!user.isCatalogManager()) {
            Messages.error(BackOfficeTexts.CATALOG, "product.save.forbidden");
            return;
        }
        boolean created = draft.getId() == null;
        try {
            draft.setPublishAt(offset(publishAt));
            draft.setUnpublishAt(offset(unpublishAt));
            draft.setAxes(chosenAxes());
            Product saved = catalog.save(draft);
            String name = saved.name(locale.getCurrent());
            String belowCost = draft.getSkus().stream()
                    .filter(ProductDraft.SkuDraft::isBelowCost)
                    .map(ProductDraft.SkuDraft::getCode)
                    .collect(java.util.stream.Collectors.joining(", "));
            if (!belowCost.isEmpty()) {
                // allowed (a loss leader), but said aloud
                jakarta.faces.context.FacesContext.getCurrentInstance()
                        .addMessage(
                                null,
                                new jakarta.faces.application.FacesMessage(
                                        jakarta.faces.application.FacesMessage.SEVERITY_WARN,
                                        Messages.text(
                                                BackOfficeTexts.CATALOG,
                                                locale.getCurrent(),
                                                "sku.cost.abovePrice",
                                                belowCost),
                                        null));
            }
            if (created) {
                Faces.getFlash().setKeepMessages(true);
                Messages.info(BackOfficeTexts.CATALOG, "product.created", name);
                Faces.redirect(Faces.getRequestContextPath() + "/product.xhtml?id=" + saved.getId());
                return;
            }
            show(catalog.draft(saved.getId()).orElseThrow());
            Messages.info(BackOfficeTexts.CATALOG, "product.saved", name);
        } catch (BusinessRuleViolation violation) {
            Messages.reject(violation.messageKey(), violation.arguments());
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "Saving product " + draft.getId() + " failed", e);
            Messages.error(Messages.COMMON, "error.unexpected");
        }
    }

    static Long parseId(String id) {
        try {
            return id == null ? null : Long.valueOf(id.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private LocalDateTime local(OffsetDateTime time) {
        return time == null
                ? null
                : time.atZoneSameInstant(ZoneId.of(officeZone)).toLocalDateTime();
    }

    private OffsetDateTime offset(LocalDateTime time) {
        return time == null ? null : time.atZone(ZoneId.of(officeZone)).toOffsetDateTime();
    }

    public boolean isEditable() {
        return user.isCatalogManager();
    }

    public boolean isCreating() {
        return draft != null && draft.getId() == null;
    }

    /** The heading: the name as last saved, so the page does not rename itself while the user types. */
    public String getHeading() {
        boolean chinese =
                Locale.CHINESE.getLanguage().equals(locale.getCurrent().getLanguage());
        String name = chinese ? savedNameZh : savedNameEn;
        return name == null || name.isBlank() ? (chinese ? savedNameEn : savedNameZh) : name;
    }

    public List<SelectItem> getCategoryChoices() {
        return CategoryChoices.of(categories, locale.getCurrent());
    }

    public List<SelectItem> getBrandChoices() {
        return brands.stream()
                .map(b -> new SelectItem(b.getId(), b.name(locale.getCurrent())))
                .toList();
    }

    public List<ProductStatus> getStatuses() {
        return Arrays.asList(ProductStatus.values());
    }

    /** The attributes the product describes (not its variant axes), each with its input. */
    public List<EffectiveAttribute> getDescribedAttributes() {
        return attributeSet.stream().filter(e -> !e.variant()).toList();
    }

    public List<EffectiveAttribute> getVariantAxes() {
        return attributeSet.stream().filter(EffectiveAttribute::variant).toList();
    }

    /** The options chosen on an axis, created empty on first use so that the check boxes can write into it. */
    public AxisChoice axis(String attributeCode) {
        return draft.axis(attributeCode).orElseGet(() -> {
            AxisChoice choice = new AxisChoice(attributeCode);
            draft.getAxes().add(choice);
            return choice;
        });
    }

    public List<SelectItem> getSkuChoices() {
        return draft.getSkus().stream()
                .map(s -> new SelectItem(s.getCode(), s.getCode() + " · " + spec(s)))
                .toList();
    }

    private String spec(SkuDraft sku) {
        return Locale.CHINESE.getLanguage().equals(locale.getCurrent().getLanguage())
                ? sku.getSpecZh()
                : sku.getSpecEn();
    }

    /** The storefront address of the product, for staff to check what shoppers see. */
    public String getStorefrontPath() {
        return "/product.xhtml?slug=" + draft.getSlug();
    }

    public ProductDraft getDraft() {
        return draft;
    }

    public ProductStatus getSavedStatus() {
        return savedStatus;
    }

    public List<String> getRemovedCodes() {
        return removedCodes;
    }

    public String getRemovedList() {
        return String.join(", ", removedCodes);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public LocalDateTime getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(LocalDateTime publishAt) {
        this.publishAt = publishAt;
    }

    public LocalDateTime getUnpublishAt() {
        return unpublishAt;
    }

    public void setUnpublishAt(LocalDateTime unpublishAt) {
        this.unpublishAt = unpublishAt;
    }
}
