package org.emporium.web.storefront.navigation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.emporium.catalog.boundary.Catalog;
import org.emporium.catalog.entity.Category;
import org.emporium.merchandising.boundary.Navigation;
import org.emporium.merchandising.entity.MenuLink;

/**
 * The top menu as the header and the pages need it: the root categories with their children, then the
 * hand-made links that merchandising has live now. Read once per request: every page shows the header,
 * and both lists are small.
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
    private Long activeRootId;

    /** The root categories, in the order the merchandisers gave them. */
    public List<Category> getRoots() {
        return all().stream().filter(Category::isRoot).toList();
    }

    public List<Category> children(Category parent) {
        return all().stream()
                .filter(c -> Objects.equals(c.getParentId(), parent.getId()))
                .toList();
    }

    public Category parent(Category child) {
        return child == null || child.isRoot() ? null : byId().get(child.getParentId());
    }

    /** Marks the root category whose tab the header highlights: the one the shown page belongs to. */
    public void select(Category category) {
        Category root = category;
        Map<Long, Category> byId = byId();
        while (root != null && !root.isRoot()) {
            root = byId.get(root.getParentId());
        }
        activeRootId = root == null ? null : root.getId();
    }

    public boolean isActive(Category root) {
        return root != null && Objects.equals(root.getId(), activeRootId);
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

    private Map<Long, Category> byId() {
        return all().stream().collect(Collectors.toMap(Category::getId, Function.identity()));
    }
}
