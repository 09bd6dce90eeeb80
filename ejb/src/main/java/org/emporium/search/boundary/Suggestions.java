package org.emporium.search.boundary;

import java.io.Serializable;
import java.util.List;

/** What the search box offers as the shopper types: product names, and categories to search in. */
public record Suggestions(List<Suggestion> products, List<CategoryHint> categories) implements Serializable {

    public Suggestions {
        products = List.copyOf(products);
        categories = List.copyOf(categories);
    }

    public static final Suggestions NONE = new Suggestions(List.of(), List.of());

    public record Suggestion(String text, String slug) implements Serializable {}

    public record CategoryHint(String slug, String name) implements Serializable {}
}
