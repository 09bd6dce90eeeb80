package org.emporium.web.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import org.emporium.catalog.entity.AttributeKind;
import org.emporium.catalog.entity.ProductStatus;
import org.emporium.web.ui.WarBundlesContract;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every text of the back office's bundles exists in English and Simplified Chinese, the English file doubles
 * as the fallback, every text a page asks for exists in both languages, and so does every label a page
 * builds at run time.
 */
class BundlesTest extends WarBundlesContract {

    /** The product list and editor build these keys at run time ('status.' += status), out of the scan's sight. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(ProductStatus.class)
    void every_product_status_has_a_label_in_both_languages(ProductStatus status) {
        String catalog = "org/emporium/web/backoffice/i18n/catalog";
        assertThat(load(catalog + "_en.properties").stringPropertyNames()).contains("status." + status.name());
        assertThat(load(catalog + "_zh_CN.properties").stringPropertyNames()).contains("status." + status.name());
    }

    /** The structure pages build attribute kind labels at run time ('kind.' += kind). */
    @ParameterizedTest(name = "{0}")
    @EnumSource(AttributeKind.class)
    void every_attribute_kind_has_a_label_in_both_languages(AttributeKind kind) {
        String catalog = "org/emporium/web/backoffice/i18n/catalog";
        assertThat(load(catalog + "_en.properties").stringPropertyNames()).contains("kind." + kind.name());
        assertThat(load(catalog + "_zh_CN.properties").stringPropertyNames()).contains("kind." + kind.name());
    }
}
