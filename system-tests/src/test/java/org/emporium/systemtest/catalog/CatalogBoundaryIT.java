package org.emporium.systemtest.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.emporium.catalog.boundary.Catalog;
import org.emporium.catalog.boundary.NewSku;
import org.emporium.catalog.boundary.ProductFilter;
import org.emporium.catalog.boundary.ProductPage;
import org.emporium.catalog.boundary.ProductSort;
import org.emporium.catalog.entity.Category;
import org.emporium.catalog.entity.Product;
import org.emporium.catalog.entity.ProductStatus;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.platform.money.Money;
import org.emporium.systemtest.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The catalogue through its boundary, inside the application, on PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class CatalogBoundaryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(CatalogBoundaryIT.class, AsCatalogManager.class);
    }

    @Inject
    Catalog catalog;

    @Inject
    AsCatalogManager manager;

    @Test
    void a_product_created_and_put_on_sale_is_read_back_with_its_skus_and_prices() {
        // Kitchen's attribute set requires nothing, so SKUs without variant options may go on sale.
        String suffix = unique();
        Category kitchen = catalog.category("kitchen").orElseThrow();
        Product created = manager.create(
                kitchen.getId(),
                "enamel-pot-" + suffix.toLowerCase(),
                "搪瓷锅",
                "Enamel Pot",
                List.of(
                        new NewSku("POT-20-" + suffix, "20 厘米", "20 cm", Money.cny("159.00"), Money.cny("199.00")),
                        new NewSku("POT-24-" + suffix, "24 厘米", "24 cm", Money.cny("169.50"), null)));

        Product edited = catalog.product(created.getId()).orElseThrow();
        edited.changeStatus(ProductStatus.ON_SALE);
        manager.update(edited);

        Product read = catalog.onSale(created.getSlug()).orElseThrow();
        assertThat(read.name(Locale.SIMPLIFIED_CHINESE)).isEqualTo("搪瓷锅");
        assertThat(read.getCategory().getSlug()).isEqualTo("kitchen");
        assertThat(read.getSkus()).extracting(s -> s.getCode()).containsExactly("POT-20-" + suffix, "POT-24-" + suffix);
        assertThat(read.sku("POT-20-" + suffix).orElseThrow().listPrice()).isEqualTo(Money.cny("199.00"));
        assertThat(read.lowestPrice()).contains(Money.cny("159.00"));
        assertThat(catalog.onSale(kitchen.getId(), 0, 100))
                .extracting(Product::getId)
                .contains(created.getId());
    }

    @Test
    void a_product_of_a_category_with_required_variant_axes_stays_off_the_shelf_while_its_skus_lack_them() {
        String suffix = unique();
        Category shirts = catalog.category("mens-shirts").orElseThrow();
        Product created = manager.create(
                shirts.getId(),
                "poplin-shirt-" + suffix.toLowerCase(),
                "府绸衬衫",
                "Poplin Shirt",
                List.of(new NewSku("POPLIN-S-" + suffix, "S 码", "Size S", Money.cny("159.00"), null)));

        Product edited = catalog.product(created.getId()).orElseThrow();
        edited.changeStatus(ProductStatus.ON_SALE);

        assertThatThrownBy(() -> manager.update(edited))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("catalog.product.onSale.attributeMissing"));
        assertThat(catalog.product(created.getId()).orElseThrow().getStatus()).isEqualTo(ProductStatus.DRAFT);
    }

    @Test
    void the_back_office_list_finds_a_product_by_sku_code_and_counts_all_matches() {
        ProductPage page = catalog.products(new ProductFilter("pan-ci", null, null), ProductSort.NAME_EN, true, 0, 10);

        assertThat(page.total()).isEqualTo(1);
        assertThat(page.products()).extracting(Product::getSlug).containsExactly("cast-iron-pan");
    }

    @Test
    void a_like_wildcard_typed_by_a_user_matches_only_itself() {
        ProductPage page = catalog.products(new ProductFilter("%", null, null), ProductSort.ID, true, 0, 10);

        assertThat(page.total()).isZero();
    }

    @Test
    void a_sku_code_already_used_by_another_product_is_refused_and_nothing_is_created() {
        String slug = "copy-pan-" + unique().toLowerCase();
        Category kitchen = catalog.category("kitchen").orElseThrow();

        assertThatThrownBy(() -> manager.create(
                        kitchen.getId(),
                        slug,
                        "复制锅",
                        "Copy Pan",
                        List.of(new NewSku("PAN-CI-28", "28", "28", Money.cny("10.00"), null))))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("catalog.sku.code.taken"));
        assertThat(catalog.products(new ProductFilter(slug, null, null), null, true, 0, 10)
                        .total())
                .isZero();
    }

    @Test
    void a_bad_price_in_the_middle_of_an_edit_leaves_the_whole_product_unchanged() {
        Product before = catalog.onSale("duvet-cover").orElseThrow();
        Product edited = catalog.product(before.getId()).orElseThrow();
        edited.setNameEn("Renamed Duvet Set");
        edited.getSkus().get(0).setPrice(new java.math.BigDecimal("999.00"));
        edited.getSkus().get(1).setPrice(new java.math.BigDecimal("-1.00"));

        assertThatThrownBy(() -> manager.update(edited)).isInstanceOf(BusinessRuleViolation.class);

        Product after = catalog.product(before.getId()).orElseThrow();
        assertThat(after.getNameEn()).isEqualTo(before.getNameEn());
        assertThat(after.getSkus().get(0).price())
                .isEqualTo(before.getSkus().get(0).price());
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
    }

    @Test
    void an_edit_based_on_an_old_version_is_refused() {
        Product first = catalog.product(
                        catalog.onSale("chef-knife").orElseThrow().getId())
                .orElseThrow();
        Product second = catalog.product(first.getId()).orElseThrow();
        first.setNameEn("Damascus Chef Knife 20 cm");
        manager.update(first);

        second.setNameEn("Someone else's name");
        assertThatThrownBy(() -> manager.update(second))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("catalog.product.changedMeanwhile"));
        assertThat(catalog.product(first.getId()).orElseThrow().getNameEn()).isEqualTo("Damascus Chef Knife 20 cm");
    }

    @Test
    void descriptions_are_sanitised_before_they_are_stored() {
        Product edited = catalog.product(
                        catalog.onSale("bluetooth-speaker").orElseThrow().getId())
                .orElseThrow();
        edited.setDescriptionEn("<p>Loud<script>alert('x')</script></p>");

        Product saved = manager.update(edited);

        assertThat(saved.getDescriptionEn()).isEqualTo("<p>Loud</p>");
    }

    @Test
    void an_anonymous_caller_may_read_the_catalogue_but_not_change_it() {
        Product product = catalog.product(
                        catalog.onSale("linen-shirt").orElseThrow().getId())
                .orElseThrow();
        product.setNameEn("Changed without permission");

        assertThatThrownBy(() -> catalog.update(product)).isInstanceOf(EJBAccessException.class);
        assertThat(catalog.onSale("linen-shirt").orElseThrow().getNameEn()).isEqualTo("Linen Casual Shirt");
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
