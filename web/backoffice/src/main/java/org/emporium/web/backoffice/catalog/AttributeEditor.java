package org.emporium.web.backoffice.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.emporium.catalog.boundary.CatalogStructure;
import org.emporium.catalog.entity.Attribute;
import org.emporium.catalog.entity.AttributeKind;
import org.emporium.catalog.entity.AttributeOption;
import org.emporium.web.backoffice.security.CurrentUser;
import org.emporium.web.ui.LocaleSwitch;

/**
 * {@code attributes.xhtml}: every attribute in a table filtered by code or name, and a dialog that edits
 * one: its code, names, kind, unit and whether shoppers filter by it; for an enumerated attribute also its
 * options, each added, relabelled, moved or removed at once. The dialog works on a copy; every change to
 * the options answers with the stored attribute, so the copy never runs behind.
 */
@ViewScoped
@Named
public class AttributeEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogStructure structure;

    @Inject
    CurrentUser user;

    @Inject
    LocaleSwitch locale;

    private List<Attribute> all = List.of();
    private String filter;
    private Attribute edited;
    private OptionDraft option = new OptionDraft();

    @PostConstruct
    void init() {
        all = structure.attributes();
    }

    public List<Attribute> getAttributes() {
        return AttributeFilter.matching(all, filter);
    }

    public void startNew() {
        edited = new Attribute(null, null, null, AttributeKind.ENUM);
        option = new OptionDraft();
    }

    public void edit(Attribute attribute) {
        edited = structure.attribute(attribute.getId()).orElse(null);
        option = new OptionDraft();
        if (edited == null) {
            all = structure.attributes();
        }
    }

    public void save() {
        Attribute saved = edited.getId() == null
                ? Changes.apply(() -> structure.createAttribute(edited), "attribute.created", edited.getCode())
                : Changes.apply(() -> structure.saveAttribute(edited), "attribute.saved", edited.getCode());
        if (saved != null) {
            edited = structure.attribute(saved.getId()).orElse(null);
            all = structure.attributes();
        }
    }

    public void delete() {
        Attribute deleting = edited;
        if (deleting != null
                && deleting.getId() != null
                && Changes.run(
                        () -> structure.deleteAttribute(deleting.getId(), deleting.getVersion()),
                        "attribute.deleted",
                        deleting.getCode())) {
            edited = null;
            all = structure.attributes();
        }
    }

    public void addOption() {
        showStored(Changes.apply(
                () -> structure.addOption(
                        edited.getId(),
                        edited.getVersion(),
                        option.getCode(),
                        option.getLabelZh(),
                        option.getLabelEn()),
                "option.added",
                option.getCode()));
        if (!isFailed()) {
            option = new OptionDraft();
        }
    }

    public void relabel(AttributeOption o) {
        showStored(Changes.apply(
                () -> structure.relabelOption(
                        edited.getId(), edited.getVersion(), o.getId(), o.getLabelZh(), o.getLabelEn()),
                "option.saved",
                o.getCode()));
    }

    public void optionUp(AttributeOption o) {
        moveOption(o, -1);
    }

    public void optionDown(AttributeOption o) {
        moveOption(o, 1);
    }

    private void moveOption(AttributeOption o, int delta) {
        int index = Math.max(0, edited.getOptions().indexOf(o) + delta);
        showStored(
                Changes.apply(() -> structure.moveOption(edited.getId(), edited.getVersion(), o.getId(), index), null));
    }

    public void removeOption(AttributeOption o) {
        showStored(Changes.apply(
                () -> structure.removeOption(edited.getId(), edited.getVersion(), o.getId()),
                "option.removed",
                o.getCode()));
    }

    /** After a change to the options: the stored attribute, and the table's copy of it. */
    private void showStored(Attribute saved) {
        if (saved != null) {
            edited = structure.attribute(saved.getId()).orElse(null);
            all = structure.attributes();
        }
    }

    private static boolean isFailed() {
        return FacesContext.getCurrentInstance().isValidationFailed();
    }

    public boolean isEditable() {
        return user.isCatalogManager();
    }

    /** An attribute being created, not yet stored: nothing to delete, no options yet. */
    public boolean isUnsaved() {
        return edited != null && edited.getId() == null;
    }

    public boolean isWithOptions() {
        return edited != null && edited.getId() != null && edited.getKind() == AttributeKind.ENUM;
    }

    public List<AttributeKind> getKinds() {
        return Arrays.asList(AttributeKind.values());
    }

    public String optionLabels(Attribute attribute) {
        Locale current = locale.getCurrent();
        return String.join(
                ", ", attribute.getOptions().stream().map(o -> o.label(current)).toList());
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public Attribute getEdited() {
        return edited;
    }

    public OptionDraft getOption() {
        return option;
    }
}
