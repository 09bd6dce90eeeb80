package org.emporium.web.backoffice.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.emporium.catalog.boundary.CatalogStructure;
import org.emporium.catalog.boundary.MediaLibrary;
import org.emporium.catalog.entity.Brand;
import org.emporium.catalog.entity.Media;
import org.emporium.web.backoffice.security.CurrentUser;
import org.emporium.web.ui.LocaleSwitch;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * {@code brands.xhtml}: the brands in a table and an editor for one: names, URL name, position, the story
 * (HTML, sanitised when saved) and the logo. An uploaded logo is checked and stored in the media library at
 * once, shown from {@code /media/{id}}, and becomes the brand's logo when the brand is saved.
 */
@ViewScoped
@Named
public class BrandEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogStructure structure;

    @Inject
    MediaLibrary media;

    @Inject
    CurrentUser user;

    @Inject
    LocaleSwitch locale;

    private List<Brand> brands = List.of();
    private Brand edited;
    private Long logoId;

    @PostConstruct
    void init() {
        brands = structure.brands();
    }

    public void startNew() {
        edited = new Brand(null, null, null);
        edited.setPosition(brands.size());
        logoId = null;
    }

    public void edit(Brand brand) {
        edited = structure.brand(brand.getId()).orElse(null);
        logoId = edited == null ? null : edited.getLogoId();
        if (edited == null) {
            brands = structure.brands();
        }
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        Media stored = Changes.apply(() -> media.store(file.getFileName(), file.getContent()), "brand.logo.uploaded");
        if (stored != null) {
            logoId = stored.getId();
        }
    }

    public void removeLogo() {
        logoId = null;
    }

    public void save() {
        Brand saved = edited.getId() == null
                ? Changes.apply(
                        () -> structure.createBrand(edited, logoId), "brand.created", edited.name(locale.getCurrent()))
                : Changes.apply(
                        () -> structure.saveBrand(edited, logoId), "brand.saved", edited.name(locale.getCurrent()));
        if (saved != null) {
            edit(saved);
            brands = structure.brands();
        }
    }

    public void delete() {
        Brand deleting = edited;
        if (deleting != null
                && deleting.getId() != null
                && Changes.run(
                        () -> structure.deleteBrand(deleting.getId(), deleting.getVersion()),
                        "brand.deleted",
                        deleting.name(locale.getCurrent()))) {
            edited = null;
            brands = structure.brands();
        }
    }

    /** Where the browser finds a stored image: the storefront's media servlet on the same host. */
    public String mediaUrl(Long id) {
        return id == null ? null : "/media/" + id;
    }

    public boolean isEditable() {
        return user.isCatalogManager();
    }

    public List<Brand> getBrands() {
        return brands;
    }

    public Brand getEdited() {
        return edited;
    }

    public Long getLogoId() {
        return logoId;
    }
}
