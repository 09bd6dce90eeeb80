package org.emporium.web.backoffice.catalog;

import jakarta.faces.model.SelectItem;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.emporium.catalog.entity.Category;

/** Categories as a select menu lists them: each with its parent's name in front, in the reader's language. */
final class CategoryChoices {

    private CategoryChoices() {}

    static List<SelectItem> of(List<Category> categories, Locale locale) {
        Map<Long, Category> byId = categories.stream().collect(Collectors.toMap(Category::getId, Function.identity()));
        return categories.stream()
                .map(c -> new SelectItem(c.getId(), path(c, byId, locale)))
                .sorted((a, b) -> a.getLabel().compareTo(b.getLabel()))
                .toList();
    }

    static String path(Category category, Map<Long, Category> byId, Locale locale) {
        StringBuilder path = new StringBuilder(category.name(locale));
        Category parent = category.isRoot() ? null : byId.get(category.getParentId());
        // A depth limit guards against a cycle that bad data could make.
        for (int depth = 0; parent != null && depth < 10; depth++) {
            path.insert(0, parent.name(locale) + " › ");
            parent = parent.isRoot() ? null : byId.get(parent.getParentId());
        }
        return path.toString();
    }
}
