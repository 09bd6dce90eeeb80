package org.emporium.catalog.boundary;

import java.io.Serializable;
import java.util.List;

/** A category as its list page heads it: its name, the path from the root to it and its sub-categories. */
public record CategoryView(long id, String slug, String name, List<Crumb> path, List<Crumb> children)
        implements Serializable {

    public CategoryView {
        path = List.copyOf(path);
        children = List.copyOf(children);
    }

    /** The ancestors only, root first: what the breadcrumbs link to before the category's own name. */
    public List<Crumb> ancestors() {
        return path.subList(0, path.size() - 1);
    }
}
