package org.emporium.web.backoffice.merchandising;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.emporium.catalog.boundary.MediaLibrary;
import org.emporium.catalog.entity.Media;
import org.emporium.merchandising.boundary.Slots;
import org.emporium.merchandising.entity.Slot;
import org.emporium.merchandising.entity.SlotItem;
import org.emporium.merchandising.entity.SlotItemKind;
import org.emporium.web.backoffice.security.CurrentUser;
import org.primefaces.event.FileUploadEvent;

/**
 * {@code merchandising/slots.xhtml[?code=home-hero]}: the slots, a new slot, and the scheduled content of the
 * chosen slot, each item edited in place.
 */
@ViewScoped
@Named
public class SlotsEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Slots slots;

    @Inject
    MediaLibrary media;

    @Inject
    CurrentUser user;

    private String code;
    private List<Slot> all;
    private List<SlotItem> items;
    private SlotItem editing;
    private String newCode;
    private String newNameZh;
    private String newNameEn;

    public List<Slot> getSlots() {
        if (all == null) {
            all = slots.slots();
        }
        return all;
    }

    public Slot getSelected() {
        return code == null
                ? null
                : getSlots().stream()
                        .filter(s -> s.getCode().equals(code))
                        .findFirst()
                        .orElse(null);
    }

    public List<SlotItem> getItems() {
        if (items == null) {
            items = getSelected() == null ? List.of() : slots.items(code);
        }
        return items;
    }

    public void createSlot() {
        if (Outcome.of(() -> slots.createSlot(newCode, newNameZh, newNameEn), "slot.created", newCode)) {
            code = newCode == null ? null : newCode.trim();
            newCode = newNameZh = newNameEn = null;
            all = null;
            items = null;
        }
    }

    public void create() {
        int last = getItems().stream().mapToInt(SlotItem::getPosition).max().orElse(0);
        editing = new SlotItem(SlotItemKind.TEXT_LINK, last + 1);
    }

    public void edit(SlotItem item) {
        editing = item;
    }

    public void cancel() {
        editing = null;
        items = null;
    }

    public void save() {
        SlotItem edited = editing;
        if (Outcome.of(() -> slots.saveItem(code, edited), "slot.item.saved")) {
            editing = null;
            items = null;
        }
    }

    /** Stores an uploaded image at once; it becomes the item's image when the item is saved. */
    public void upload(FileUploadEvent event) {
        Media[] stored = new Media[1];
        if (Outcome.of(
                () -> stored[0] = media.store(
                        event.getFile().getFileName(), event.getFile().getContent()),
                "image.uploaded")) {
            editing.setMediaId(stored[0].getId());
        }
    }

    public void delete(SlotItem item) {
        if (Outcome.of(() -> slots.deleteItem(item.getId()), "slot.item.deleted")) {
            editing = null;
            items = null;
        }
    }

    /** What a list row shows of an item: its label, or its products. */
    public String summary(SlotItem item, Locale locale) {
        String label = item.label(locale);
        return item.getKind() == SlotItemKind.PRODUCT_LIST
                ? (label == null ? "" : label + ": ") + String.join(", ", item.slugs())
                : label == null ? "" : label;
    }

    public List<SlotItemKind> getKinds() {
        return Arrays.asList(SlotItemKind.values());
    }

    public boolean isEditable() {
        return user.isCatalogManager();
    }

    public SlotItem getEditing() {
        return editing;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewNameZh() {
        return newNameZh;
    }

    public void setNewNameZh(String newNameZh) {
        this.newNameZh = newNameZh;
    }

    public String getNewNameEn() {
        return newNameEn;
    }

    public void setNewNameEn(String newNameEn) {
        this.newNameEn = newNameEn;
    }
}
