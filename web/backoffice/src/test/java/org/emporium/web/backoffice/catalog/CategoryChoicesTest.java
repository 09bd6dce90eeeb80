package org.emporium.web.backoffice.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.model.SelectItem;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Locale;
import org.emporium.catalog.entity.Category;
import org.junit.jupiter.api.Test;

class CategoryChoicesTest {

    @Test
    void a_sub_category_is_listed_under_its_parents_name_in_the_readers_language() throws Exception {
        Category apparel = category(1L, null, "apparel", "服装", "Apparel");
        Category shirts = category(2L, apparel, "mens-shirts", "男士衬衫", "Men’s Shirts");

        List<SelectItem> english = CategoryChoices.of(List.of(apparel, shirts), Locale.ENGLISH);
        List<SelectItem> chinese = CategoryChoices.of(List.of(apparel, shirts), Locale.SIMPLIFIED_CHINESE);

        assertThat(english).extracting(SelectItem::getLabel).containsExactly("Apparel", "Apparel › Men’s Shirts");
        assertThat(english).extracting(SelectItem::getValue).containsExactly(1L, 2L);
        assertThat(chinese).extracting(SelectItem::getLabel).containsExactly("服装", "服装 › 男士衬衫");
    }

    /** Categories get their ids from the database; a test gives them one by hand. */
    static Category category(Long id, Category parent, String slug, String zh, String en) throws Exception {
        Category category = new Category(parent, slug, zh, en, 1);
        Field field = Category.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(category, id);
        if (parent != null) {
            Field parentId = Category.class.getDeclaredField("parentId");
            parentId.setAccessible(true);
            parentId.set(category, parent.getId());
        }
        return category;
    }
}
