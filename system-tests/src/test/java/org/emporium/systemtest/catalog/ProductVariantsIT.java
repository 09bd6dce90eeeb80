package org.emporium.systemtest.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.emporium.catalog.boundary.Catalog;
import org.emporium.catalog.boundary.EffectiveAttribute;
import org.emporium.catalog.boundary.ProductDraft;
import org.emporium.catalog.boundary.ProductDraft.AxisChoice;
import org.emporium.catalog.boundary.SkuPlan;
import org.emporium.catalog.entity.Product;
import org.emporium.catalog.entity.ProductStatus;
import org.emporium.catalog.entity.Sku;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.systemtest.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Products with variants through the catalogue's boundary, on PostgreSQL: the attribute set a category
 * gives, SKUs generated from the chosen options and regenerated without losing prices, barcodes, the
 * rule that required attributes come before the shelf, and what the product-changed event carries.
 * The demo set of apparel (men's shirts inherit it): colour and size are required variant axes, fit and
 * material describe the product.
 */
@ExtendWith(ArquillianExtension.class)
class ProductVariantsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ProductVariantsIT.class, AsCatalogManager.class);
    }

    @Inject
    Catalog catalog;

    @Inject
    AsCatalogManager manager;

    @Resource(lookup = "jdbc/emporium")
    DataSource database;

    @Test
    void a_category_offers_its_ancestors_attributes_in_order_with_variant_and_required_flags() {
        long shirts = catalog.category("mens-shirts").orElseThrow().getId();

        List<EffectiveAttribute> set = catalog.attributeSet(shirts);

        assertThat(set).extracting(EffectiveAttribute::code).containsExactly("colour", "size", "fit", "material");
        assertThat(set.get(0).variant()).isTrue();
        assertThat(set.get(0).required()).isTrue();
        assertThat(set.get(2).variant()).isFalse();
        assertThat(set.get(2).attribute().getOptions())
                .extracting(o -> o.getCode())
                .contains("slim", "regular");
    }

    @Test
    void regenerating_with_another_colour_keeps_the_prices_set_and_prices_only_the_new_skus_by_default() {
        String prefix = "VT-" + unique();
        Product created = manager.save(shirt(prefix, Map.of("colour", List.of("white"), "size", List.of("m", "l"))));
        assertThat(created.getSkus())
                .extracting(Sku::getCode)
                .containsExactly(prefix + "-WHITE-M", prefix + "-WHITE-L");

        ProductDraft edit = catalog.draft(created.getId()).orElseThrow();
        edit.sku(prefix + "-WHITE-M").orElseThrow().setPrice(new BigDecimal("150.00"));
        edit.sku(prefix + "-WHITE-M").orElseThrow().setWeightGrams(260);
        Product repriced = manager.save(edit);

        SkuPlan plan = catalog.planSkus(
                created.getId(),
                created.getCategoryId(),
                prefix,
                List.of(new AxisChoice("colour", List.of("blue", "white")), new AxisChoice("size", List.of("m", "l"))),
                new BigDecimal("120.00"));
        assertThat(plan.rows()).filteredOn(ProductDraft.SkuDraft::isAdded).hasSize(2);
        assertThat(plan.removedCodes()).isEmpty();

        Product regenerated = manager.generateSkus(
                created.getId(),
                repriced.getVersion(),
                prefix,
                List.of(new AxisChoice("colour", List.of("blue", "white")), new AxisChoice("size", List.of("m", "l"))),
                new BigDecimal("120.00"));

        Product read = catalog.product(regenerated.getId()).orElseThrow();
        assertThat(prices(read))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        prefix + "-WHITE-M", new BigDecimal("150.00"),
                        prefix + "-WHITE-L", new BigDecimal("100.00"),
                        prefix + "-BLUE-M", new BigDecimal("120.00"),
                        prefix + "-BLUE-L", new BigDecimal("120.00")));
        assertThat(read.sku(prefix + "-WHITE-M").orElseThrow().getWeightGrams()).isEqualTo(260);
        assertThat(read.sku(prefix + "-BLUE-L")
                        .orElseThrow()
                        .option("colour")
                        .orElseThrow()
                        .getCode())
                .isEqualTo("blue");
        assertThat(read.getMinPrice()).isEqualByComparingTo("100.00");

        Product narrowed = manager.generateSkus(
                read.getId(),
                read.getVersion(),
                prefix,
                List.of(new AxisChoice("colour", List.of("blue")), new AxisChoice("size", List.of("m", "l"))),
                new BigDecimal("120.00"));
        assertThat(narrowed.getSkus())
                .extracting(Sku::getCode)
                .containsExactlyInAnyOrder(prefix + "-BLUE-M", prefix + "-BLUE-L");
    }

    @Test
    void a_barcode_of_another_sku_is_refused_with_its_owner_and_nothing_of_the_edit_is_saved() {
        String prefix = "BC-" + unique();
        Product created = manager.save(shirt(prefix, Map.of("colour", List.of("white"), "size", List.of("m"))));
        ProductDraft edit = catalog.draft(created.getId()).orElseThrow();
        edit.setNameEn("Renamed with a taken barcode");
        // SHIRT-OX-WH-M's barcode in the demo catalogue
        edit.getSkus().get(0).setBarcode("6901234567892");

        assertThatThrownBy(() -> manager.save(edit)).isInstanceOfSatisfying(BusinessRuleViolation.class, e -> {
            assertThat(e.messageKey()).isEqualTo("catalog.sku.barcode.taken");
            assertThat(e.arguments()).containsExactly("6901234567892", "SHIRT-OX-WH-M");
        });
        Product after = catalog.product(created.getId()).orElseThrow();
        assertThat(after.getNameEn()).isEqualTo("Variant Test Shirt");
        assertThat(after.getSkus().get(0).getBarcode()).isNull();

        ProductDraft valid = catalog.draft(created.getId()).orElseThrow();
        valid.getSkus().get(0).setBarcode("4006381333931");
        assertThat(manager.save(valid).getSkus().get(0).getBarcode()).isEqualTo("4006381333931");
    }

    @Test
    void a_product_goes_on_sale_only_with_every_required_attribute_filled() {
        String prefix = "RQ-" + unique();
        ProductDraft sizesOnly = shirt(prefix, Map.of("size", List.of("m", "l")));
        sizesOnly.setStatus(ProductStatus.ON_SALE);

        assertThatThrownBy(() -> manager.save(sizesOnly)).isInstanceOfSatisfying(BusinessRuleViolation.class, e -> {
            assertThat(e.messageKey()).isEqualTo("catalog.product.onSale.attributeMissing");
            assertThat(e.arguments()).containsExactly("Colour", "颜色");
        });
        assertThat(catalog.products(
                                new org.emporium.catalog.boundary.ProductFilter(sizesOnly.getSlug(), null, null),
                                null,
                                true,
                                0,
                                1)
                        .total())
                .as("nothing of the refused product was created")
                .isZero();

        ProductDraft complete = shirt(prefix, Map.of("colour", List.of("black"), "size", List.of("m", "l")));
        complete.setStatus(ProductStatus.ON_SALE);
        assertThat(manager.save(complete).getStatus()).isEqualTo(ProductStatus.ON_SALE);
    }

    @Test
    void the_product_changed_event_carries_brand_category_lowest_price_attribute_values_and_sku_options()
            throws SQLException {
        String prefix = "EV-" + unique();
        ProductDraft draft = shirt(prefix, Map.of("colour", List.of("white", "blue"), "size", List.of("m")));
        draft.setBrandId(catalog.brands().get(0).getId());
        Product created = manager.save(draft);

        JsonObject payload = latestEventPayload(created.getId());

        assertThat(payload.getJsonNumber("brandId").longValue()).isEqualTo(draft.getBrandId());
        assertThat(payload.getJsonNumber("categoryId").longValue()).isEqualTo(created.getCategoryId());
        assertThat(payload.getJsonNumber("minPrice").bigDecimalValue()).isEqualByComparingTo("100.00");
        assertThat(payload.getJsonObject("attributes").getString("fit")).isEqualTo("slim");
        assertThat(payload.getJsonObject("attributes").getString("material")).isEqualTo("Oxford cotton");
        assertThat(payload.getBoolean("created")).isTrue();
        assertThat(payload.getString("slug")).isEqualTo(created.getSlug());
        JsonObject blue = payload.getJsonArray("skus").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("code").equals(prefix + "-BLUE-M"))
                .findFirst()
                .orElseThrow();
        assertThat(blue.getJsonObject("options").getString("colour")).isEqualTo("blue");
        assertThat(blue.getJsonObject("options").getString("size")).isEqualTo("m");
        assertThat(blue.getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo("100.00");
    }

    @Test
    void an_anonymous_caller_cannot_save_a_draft() {
        ProductDraft draft = shirt("AN-" + unique(), Map.of("colour", List.of("white"), "size", List.of("m")));

        assertThatThrownBy(() -> catalog.save(draft)).isInstanceOf(EJBAccessException.class);
    }

    /** A new men's shirt with fit and material filled, SKUs generated from the given options at 100.00. */
    private ProductDraft shirt(String prefix, Map<String, List<String>> options) {
        ProductDraft draft = new ProductDraft();
        draft.setCategoryId(catalog.category("mens-shirts").orElseThrow().getId());
        draft.setSlug("variant-test-" + prefix.toLowerCase());
        draft.setNameZh("规格测试衬衫");
        draft.setNameEn("Variant Test Shirt");
        draft.setDescriptionEn("<p>Crisp<script>alert(1)</script></p>");
        draft.getAttributes().put("fit", "slim");
        draft.getAttributes().put("material", "Oxford cotton");
        draft.setRegenerate(true);
        draft.setCodePrefix(prefix);
        draft.setDefaultPrice(new BigDecimal("100.00"));
        draft.setAxes(options.entrySet().stream()
                .map(e -> new AxisChoice(e.getKey(), e.getValue()))
                .collect(Collectors.toList()));
        return draft;
    }

    private static Map<String, BigDecimal> prices(Product product) {
        return product.getSkus().stream().collect(Collectors.toMap(Sku::getCode, Sku::getPrice));
    }

    private JsonObject latestEventPayload(long productId) throws SQLException {
        try (Connection c = database.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT payload FROM outbox_event"
                        + " WHERE aggregate_type = 'product' AND aggregate_id = ? ORDER BY id DESC")) {
            q.setString(1, String.valueOf(productId));
            try (ResultSet rows = q.executeQuery()) {
                assertThat(rows.next()).as("an event for product " + productId).isTrue();
                return Json.createReader(new StringReader(rows.getString(1))).readObject();
            }
        }
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
