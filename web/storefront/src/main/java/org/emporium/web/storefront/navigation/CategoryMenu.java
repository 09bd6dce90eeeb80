package org.emporium.web.storefront.navigation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Objects;
import org.emporium.catalog.boundary.Catalog;
import org.emporium.catalog.entity.Category;
import org.emporium.merchandising.boundary.Navigation;
import org.emporium.merchandising.entity.MenuLink;

/**
 * The top menu as the header and the pages need it: the root categories with their children, then the
 * hand-made links that merchandising has live now. Read at most once per request, and only when the
 * header's rendered menu is not already kept (the storefront's template caches it per language and
 * highlighted tab for a minute, and drops it when the category tree changes).
 */
@RequestScoped
@Named("categoryMenu")
public class CategoryMenu {

    @Inject
    Catalog catalog;

    @Inject
    Navigation navigation;

    private List<Category> all;
    private List<MenuLink> links;
    private String activeRoot;

    /** The root categories, in the order the merchandisers gave them. */
    public List<Category> getRoots() {
        return all().stream().filter(Category::isRoot).toList();
    }

    public List<Category> children(Category parent) {
        return all().stream()
                .filter(c -> Objects.equals(c.getParentId(), parent.getId()))
                .toList();
    }

    /**
     * Marks the root category whose tab the header highlights: the one the shown page belongs to, by its
     * URL name (the first crumb of a page's breadcrumbs), so that choosing it reads nothing.
     */
    public void selectRoot(String slug) {
        activeRoot = slug;
    }

    public boolean isActive(Category root) {
        return root != null && root.getSlug().equals(activeRoot);
    }

    /** The URL name of the highlighted root category, empty when none is: part of the rendered menu's key. */
    public String getActiveRoot() {
        return activeRoot == null ? "" : activeRoot;
    }

    /** The hand-made links shown after the categories, in their order. */
    public List<MenuLink> getLinks() {
        if (links == null) {
            links = navigation.liveLinks();
        }
        return links;
    }

    /** A link's address for the browser: links inside the shop get the storefront's context path. */
    public String href(MenuLink link, String contextPath) {
        String url = link.getUrl();
        return url.startsWith("/") && !url.startsWith("//") ? contextPath + url : url;
    }

    private List<Category> all() {
        if (all == null) {
            all = catalog.categories();
        }
        return all;
    }
}
