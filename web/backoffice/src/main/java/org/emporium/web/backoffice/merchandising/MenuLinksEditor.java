package org.emporium.web.backoffice.merchandising;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.emporium.merchandising.boundary.Navigation;
import org.emporium.merchandising.entity.MenuLink;
import org.emporium.web.backoffice.security.CurrentUser;

/** {@code merchandising/menu.xhtml}: the hand-made links of the storefront's top menu, listed and edited in place. */
@ViewScoped
@Named
public class MenuLinksEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Navigation navigation;

    @Inject
    CurrentUser user;

    private List<MenuLink> links;
    private MenuLink editing;

    public List<MenuLink> getLinks() {
        if (links == null) {
            links = navigation.links();
        }
        return links;
    }

    public void create() {
        int last = getLinks().stream().mapToInt(MenuLink::getPosition).max().orElse(0);
        editing = new MenuLink(null, null, null, last + 10);
    }

    public void edit(MenuLink link) {
        editing = link;
    }

    public void cancel() {
        editing = null;
        links = null;
    }

    public void save() {
        MenuLink edited = editing;
        if (Outcome.of(() -> navigation.save(edited), "menu.saved", edited.getLabelEn())) {
            editing = null;
            links = null;
        }
    }

    public void delete(MenuLink link) {
        if (Outcome.of(() -> navigation.delete(link.getId()), "menu.deleted", link.getLabelEn())) {
            editing = null;
            links = null;
        }
    }

    public boolean isEditable() {
        return user.isCatalogManager();
    }

    public MenuLink getEditing() {
        return editing;
    }
}
