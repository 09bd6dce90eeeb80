package org.emporium.systemtest.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.emporium.catalog.boundary.Catalog;
import org.emporium.catalog.boundary.NewSku;
import org.emporium.catalog.boundary.ProductView;
import org.emporium.catalog.boundary.Shelf;
import org.emporium.catalog.boundary.ShelfPage;
import org.emporium.catalog.boundary.ShelfQuery;
import org.emporium.catalog.boundary.ShelfSort;
import org.emporium.catalog.boundary.ShelfStamps;
import org.emporium.catalog.entity.Product;
import org.emporium.catalog.entity.ProductStatus;
import org.emporium.platform.money.Money;
import org.emporium.systemtest.Deployments;
import org.emporium.systemtest.Eventually;
import org.emporium.systemtest.SystemUnderTest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shelf inside the application on PostgreSQL: what a shopper's list and product page show, the facet
 * counts, and that a product change reaches the cached pages through the domain event within seconds.
 * Each test builds its own small world ({@link ShelfFixture}).
 */
@ExtendWith(ArquillianExtension.class)
class ShelfIT {

    static final Locale EN = Locale.ENGLISH;
    static final Duration EVENT = Duration.ofSeconds(15);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(
                ShelfIT.class, ShelfFixture.class, ShelfFixture.World.class, AsCatalogManager.class);
    }

    @Inject
    Shelf shelf;

    @Inject
    ShelfStamps stamps;

    @Inject
    Catalog catalog;

    @Inject
    ShelfFixture fixture;

    @Inject
    AsCatalogManager manager;

    ShelfFixture.World world;
    ShelfQuery root;

    @BeforeEach
    void buildWorld() {
        long before = stamps.getStructure();
        world = fixture.build(UUID.randomUUID().toString().substring(0, 8));
        root = ShelfQuery.category(world.slug("r"));
        // The structure event, not a lucky first read, makes the new categories known on this node.
        Eventually.await("the shelf hears of the new categories", EVENT, () -> stamps.getStructure() > before);
        assertThat(shelf.category(world.slug("r"), EN)).isPresent();
    }

    @Test
    void a_category_lists_what_is_on_sale_in_it_and_in_every_category_below_it_and_hides_the_rest() {
        ShelfPage page = list(root);

        assertThat(slugs(page)).containsExactly(world.slug("p3"), world.slug("p2"), world.slug("p1"));
        assertThat(page.total()).isEqualTo(3);
        assertThat(slugs(list(ShelfQuery.category(world.slug("c1")))))
                .containsExactlyInAnyOrder(world.slug("p2"), world.slug("p1"));
    }

    @Test
    void drafts_and_products_outside_their_publish_window_have_no_page() {
        assertThat(shelf.product(world.slug("p1"), EN)).isPresent();
        assertThat(shelf.product(world.slug("p4"), EN)).as("draft").isEmpty();
        assertThat(shelf.product(world.slug("p5"), EN)).as("published tomorrow").isEmpty();
        assertThat(shelf.product(world.slug("p6"), EN))
                .as("unpublished an hour ago")
                .isEmpty();
    }

    @Test
    void choosing_a_brand_narrows_the_list_and_brand_counts_ignore_the_brand_choice() {
        ShelfPage page = list(root.withBrands(Set.of(world.slug("b1"))));

        assertThat(slugs(page)).containsExactlyInAnyOrder(world.slug("p1"), world.slug("p3"));
        assertThat(page.facets().brands())
                .extracting(ShelfPage.BrandCount::slug, ShelfPage.BrandCount::count, ShelfPage.BrandCount::selected)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(world.slug("b1"), 2L, true),
                        org.assertj.core.groups.Tuple.tuple(world.slug("b2"), 1L, false));
    }

    @Test
    void options_of_one_attribute_widen_the_list_and_a_second_attribute_narrows_it() {
        String colour = "colour-" + world.suffix();
        String fit = "fit-" + world.suffix();

        assertThat(slugs(list(root.withOptions(Map.of(colour, Set.of("red"))))))
                .as("red on a SKU of p1 and of p2")
                .containsExactlyInAnyOrder(world.slug("p1"), world.slug("p2"));
        assertThat(slugs(list(root.withOptions(Map.of(colour, Set.of("red", "blue"))))))
                .hasSize(3);
        ShelfPage blueAndLoose = list(root.withOptions(Map.of(colour, Set.of("blue"), fit, Set.of("loose"))));
        assertThat(slugs(blueAndLoose)).containsExactly(world.slug("p2"));

        ShelfPage.AttributeFacet colours = facet(blueAndLoose, colour);
        assertThat(colours.options())
                .as("colour counts among loose products, whatever the colour choice")
                .extracting(ShelfPage.OptionCount::code, ShelfPage.OptionCount::count, ShelfPage.OptionCount::selected)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("red", 1L, false),
                        org.assertj.core.groups.Tuple.tuple("blue", 1L, true));
        assertThat(facet(blueAndLoose, fit).options())
                .as("fit counts among blue products: p2 loose; p3 has no fit")
                .extracting(ShelfPage.OptionCount::code, ShelfPage.OptionCount::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("loose", 1L));
    }

    @Test
    void a_price_range_and_price_bands_go_by_the_lowest_sku_price() {
        ShelfPage page = list(root.withPrice(new BigDecimal("200"), new BigDecimal("400")));

        assertThat(slugs(page)).containsExactly(world.slug("p2"));
        assertThat(page.facets().priceBands())
                .extracting(ShelfPage.PriceBand::count)
                .containsOnly(1L);
        assertThat(page.facets().priceBands().stream()
                        .mapToLong(ShelfPage.PriceBand::count)
                        .sum())
                .as("the bands ignore the range chosen and cover every product on the list")
                .isEqualTo(3);
    }

    @Test
    void lists_sort_by_price_either_way_and_by_name_and_page_through() {
        assertThat(slugs(list(root.withSort(ShelfSort.PRICE_ASC))))
                .containsExactly(world.slug("p1"), world.slug("p2"), world.slug("p3"));
        assertThat(slugs(list(root.withSort(ShelfSort.PRICE_DESC))))
                .containsExactly(world.slug("p3"), world.slug("p2"), world.slug("p1"));
        ShelfPage second = list(root.withSort(ShelfSort.NAME).withPage(1, 2));
        assertThat(slugs(second)).containsExactly(world.slug("p3"));
        assertThat(second.total()).isEqualTo(3);
        assertThat(second.hasNext()).isFalse();
        assertThat(second.hasPrevious()).isTrue();
    }

    @Test
    void a_product_page_has_its_breadcrumbs_from_the_root_its_attributes_and_every_sku_with_its_options() {
        ProductView p2 = shelf.product(world.slug("p2"), EN).orElseThrow();

        assertThat(p2.breadcrumbs()).extracting(c -> c.slug()).containsExactly(world.slug("r"), world.slug("c1"));
        assertThat(p2.brand().slug()).isEqualTo(world.slug("b2"));
        assertThat(p2.attributes())
                .extracting(ProductView.AttributeValue::value)
                .containsExactly("Loose");
        assertThat(p2.axes())
                .singleElement()
                .satisfies(axis -> assertThat(axis.choices())
                        .extracting(ProductView.Choice::code)
                        .containsExactly("red", "blue"));
        assertThat(p2.skus())
                .extracting(s -> s.options().get("colour-" + world.suffix()), ProductView.Sku::price)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("blue", Money.cny("250.00")),
                        org.assertj.core.groups.Tuple.tuple("red", Money.cny("300.00")));
        assertThat(shelf.product(world.slug("p1"), EN).orElseThrow().breadcrumbs())
                .hasSize(3);
    }

    @Test
    void the_shelf_is_served_from_memory_until_an_event_says_the_product_changed() {
        String slug = world.slug("p3");
        assertThat(shelf.product(slug, EN).orElseThrow().name()).isEqualTo("Product " + slug);
        fixture.renameQuietly(slug, "Renamed without an event");
        assertThat(shelf.product(slug, EN).orElseThrow().name())
                .as("no event, so the cached page stands")
                .isEqualTo("Product " + slug);

        long id = shelf.product(slug, EN).orElseThrow().id();
        Product edited = catalog.product(id).orElseThrow();
        edited.setNameEn("Renamed through the catalogue");
        manager.update(edited);

        Eventually.await(
                "the product page shows the new name",
                EVENT,
                () -> shelf.product(slug, EN)
                        .map(p -> p.name().equals("Renamed through the catalogue"))
                        .orElse(false));
    }

    @Test
    void a_brand_has_a_page_at_its_own_address_with_its_story_and_its_products_on_sale() {
        HttpResponse<String> page = get(SystemUnderTest.storefrontUrl() + "brand/" + world.slug("b1"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("id=\"brand-name\">Brand One<")
                .contains("A story")
                .contains("data-slug=\"" + world.slug("p1") + "\"")
                .contains("data-slug=\"" + world.slug("p3") + "\"")
                .doesNotContain("data-slug=\"" + world.slug("p2") + "\"")
                .doesNotContain("data-slug=\"" + world.slug("p4") + "\"");
        assertThat(get(SystemUnderTest.storefrontUrl() + "brand/no-such-brand").statusCode())
                .isEqualTo(404);
    }

    @Test
    void a_price_change_reaches_the_kept_html_of_the_product_page_within_seconds() throws Exception {
        String slug = world.slug("p1");
        String url = SystemUnderTest.storefrontUrl() + "product.xhtml?slug=" + slug;
        assertThat(get(url).body()).contains("¥100.00");
        HttpResponse<String> again = get(url);
        assertThat(again.headers().firstValue("X-Shelf-Cache"))
                .as("the second view is the kept page")
                .contains("hit");

        long id = shelf.product(slug, EN).orElseThrow().id();
        Product edited = catalog.product(id).orElseThrow();
        edited.getSkus().get(0).setPrice(new BigDecimal("88.00"));
        manager.update(edited);

        Eventually.await(
                "the product page shows the new price",
                EVENT,
                () -> get(url).body().contains("¥88.00"));
    }

    @Test
    void a_product_put_on_sale_through_the_catalogue_appears_on_its_cached_list_within_seconds() {
        assertThat(list(root).total()).isEqualTo(3);
        String code = "SHELF-NEW-" + world.suffix().toUpperCase();
        Product created = manager.create(
                world.c2(),
                world.slug("new"),
                "新品",
                "New arrival",
                List.of(new NewSku(code, "均码", "One size", Money.cny("42.00"), null)));
        Product edited = catalog.product(created.getId()).orElseThrow();
        edited.changeStatus(ProductStatus.ON_SALE);
        manager.update(edited);

        Eventually.await(
                "the list counts the new product", EVENT, () -> list(root).total() == 4);
        assertThat(slugs(list(root))).first().isEqualTo(world.slug("new"));
    }

    /** A shopper's GET with a session of its own, as a new visitor's browser sends it. */
    private static HttpResponse<String> get(String url) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .header("Accept-Language", "en")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private ShelfPage list(ShelfQuery q) {
        return shelf.list(q, EN).orElseThrow();
    }

    private static List<String> slugs(ShelfPage page) {
        return page.products().stream().map(ShelfPage.Card::slug).toList();
    }

    private static ShelfPage.AttributeFacet facet(ShelfPage page, String code) {
        return page.facets().attributes().stream()
                .filter(a -> a.code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
