package org.emporium.catalog.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.emporium.catalog.control.ShelfCache;

/**
 * What caches further out (rendered pages, rendered fragments) ask the shelf on every request: whether
 * what they hold is older than the last change that concerns it, and how long anything may be kept. A
 * plain bean rather than an enterprise one: the answer is two reads of this node's memory, and a page
 * served from a cache should not pay for a transaction to learn it.
 */
@ApplicationScoped
@Named("shelfStamps")
public class ShelfStamps {

    @Inject
    ShelfCache cache;

    /**
     * A number that grows whenever something a page with this tag shows may have changed ({@code list},
     * {@code product:<id>}, or anything else for the category tree and brands). Rendered pages are kept
     * with the stamp of their time and thrown away when it moves on.
     */
    public long stamp(String tag) {
        return cache.stamp(tag);
    }

    /** The stamp of the category tree, brands and attributes: what menus and breadcrumbs show. */
    public long getStructure() {
        return cache.stamp("structure");
    }

    /** How long anything cached may live without an event: the bound on staleness. */
    public long cacheSeconds() {
        return cache.ttl().toSeconds();
    }
}
