package org.emporium.systemtest.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.emporium.catalog.boundary.Catalog;
import org.emporium.catalog.entity.Product;
import org.emporium.order.boundary.Orders;
import org.emporium.search.boundary.ProductSearch;
import org.emporium.search.boundary.QueryFigures;
import org.emporium.search.boundary.SearchHit;
import org.emporium.search.boundary.SearchLog;
import org.emporium.search.boundary.SearchRequest;
import org.emporium.search.entity.RuleKind;
import org.emporium.search.entity.SearchRule;
import org.emporium.systemtest.Deployments;
import org.emporium.systemtest.Eventually;
import org.emporium.systemtest.catalog.AsCatalogManager;
import org.emporium.systemtest.catalog.ShelfFixture;
import org.emporium.systemtest.inventory.AsWarehouseClerk;
import org.emporium.systemtest.order.OrderFixture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The search index on the running server, fed by the catalogue's events through Artemis: a change made in
 * the catalogue becomes searchable within seconds, and what shoppers may not see never is; a change of stock
 * (the inventory's event) moves a product in the ranking.
 */
@ExtendWith(ArquillianExtension.class)
class SearchIT {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    static final Locale EN = Locale.ENGLISH;
    static final Duration EVENT = Duration.ofSeconds(30);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(
                SearchIT.class,
                ShelfFixture.class,
                ShelfFixture.World.class,
                AsCatalogManager.class,
                AsSearchManager.class,
                OrderFixture.class,
                AsWarehouseClerk.class);
    }

    @Inject
    ProductSearch search;

    @Inject
    Catalog catalog;

    @Inject
    ShelfFixture fixture;

    @Inject
    AsCatalogManager manager;

    @Inject
    AsSearchManager rules;

    @Inject
    SearchLog log;

    @Inject
    Orders orders;

    @Inject
    OrderFixture orderFixture;

    @Inject
    AsWarehouseClerk warehouse;

    ShelfFixture.World world;

    @BeforeEach
    void buildWorld() {
        world = fixture.build(UUID.randomUUID().toString().substring(0, 8));
        // The fixture's structure event has every node rebuild its index, with the new products in it.
        Eventually.await(
                "the new products are searchable",
                EVENT,
                () -> slugs(world.slug("p1"), EN).contains(world.slug("p1")));
    }

    @Test
    void a_product_renamed_in_the_catalogue_is_found_by_its_new_name_within_seconds() {
        String slug = world.slug("p3");
        String word = "zephyr" + world.suffix().replaceAll("[0-9]", "");
        assertThat(slugs(word, EN)).isEmpty();

        long id = catalog.onSale(slug).orElseThrow().getId();
        Product edited = catalog.product(id).orElseThrow();
        edited.setNameEn("Cordless " + word + " kettle");
        edited.setNameZh("无线电热水壶 " + word);
        manager.update(edited);

        Eventually.await(
                "the new name finds the product",
                EVENT,
                () -> slugs(word + " kettle", EN).equals(List.of(slug)));
        assertThat(slugs("电热水壶 " + word, ZH)).containsExactly(slug);
        // The suggester is refreshed beside the index, a moment later.
        Eventually.await(
                "the new name is suggested",
                EVENT,
                () -> search.suggest(word.substring(0, 5), EN).products().stream()
                        .anyMatch(s -> s.text().equals("Cordless " + word + " kettle")));
    }

    @Test
    void drafts_and_products_outside_their_publish_window_are_not_found() {
        List<String> found = slugs(world.suffix(), EN);
        assertThat(found).contains(world.slug("p1"), world.slug("p2"), world.slug("p3"));
        assertThat(found).doesNotContain(world.slug("p4"), world.slug("p5"), world.slug("p6"));
    }

    @Test
    void a_product_taken_off_sale_leaves_the_results() {
        String slug = world.slug("p2");
        long id = catalog.onSale(slug).orElseThrow().getId();
        Product edited = catalog.product(id).orElseThrow();
        edited.takeOffShelf();
        manager.update(edited);

        Eventually.await(
                "the product leaves the results",
                EVENT,
                () -> !slugs(world.suffix(), EN).contains(slug));
    }

    @Test
    void rules_saved_in_the_back_office_pin_ban_and_redirect_at_once_on_this_node() {
        String query = "pinned " + world.suffix();
        SearchRule pin = rules.save(new SearchRule(RuleKind.PIN, query, world.slug("p7")));
        SearchRule ban = rules.save(new SearchRule(RuleKind.BAN, world.suffix(), world.slug("p1")));
        SearchRule redirect =
                rules.save(new SearchRule(RuleKind.REDIRECT, "售后 " + world.suffix(), "/campaign/autumn-sale"));
        try {
            assertThat(slugs(query, EN)).first().isEqualTo(world.slug("p7"));
            assertThat(slugs(world.suffix(), EN))
                    .doesNotContain(world.slug("p1"))
                    .contains(world.slug("p2"));
            assertThat(search.search(SearchRequest.of("售后 " + world.suffix().toUpperCase()), ZH)
                            .redirect())
                    .isEqualTo("/campaign/autumn-sale");
        } finally {
            rules.delete(pin.getId());
            rules.delete(ban.getId());
            rules.delete(redirect.getId());
        }
        assertThat(slugs(world.suffix(), EN)).contains(world.slug("p1"));
    }

    @Test
    void the_search_log_counts_searches_clicks_and_the_orders_placed_after_a_search() {
        String query = "logged " + world.suffix();
        String buyer = UUID.randomUUID().toString();
        long id = log.searched(query, 3, buyer);
        log.searched(query, 3, UUID.randomUUID().toString());
        assertThat(log.clicked(id)).isTrue();
        assertThat(log.clicked(id + 1_000_000_000L)).isFalse();

        String sku = "SRCH-" + world.suffix().toUpperCase();
        orderFixture.productOnSale(sku, "12.00");
        warehouse.receive("SH-01", sku, 2);
        orders.place(OrderFixture.oneOf(sku, 1, "guest:" + buyer, buyer));

        Eventually.await(
                "the order counts for the buyer's search",
                EVENT,
                () -> rules.report(query).map(QueryFigures::orders).orElse(0L) == 1L);
        QueryFigures figures = rules.report(query).orElseThrow();
        assertThat(figures.searches()).isEqualTo(2);
        assertThat(figures.clicks()).isEqualTo(1);
    }

    @Test
    void stock_received_lifts_a_product_above_an_equal_one_sold_out_and_its_last_unit_ordered_drops_it() {
        // one word of letters only, new in every run: the suffix's digits become letters
        StringBuilder letters = new StringBuilder("stk");
        world.suffix().chars().forEach(c -> letters.append(Character.isDigit(c) ? (char) ('g' + c - '0') : (char) c));
        String word = letters.toString();
        String skuA = word.toUpperCase() + "-1";
        String skuB = word.toUpperCase() + "-2";
        orderFixture.productOnSale(skuA, "30.00");
        orderFixture.productOnSale(skuB, "30.00");
        Eventually.await("both products are searchable", EVENT, () -> hits(word).size() == 2);
        assertThat(hits(word)).allMatch(SearchHit::soldOut);
        SearchHit lower = hits(word).get(1);
        String lowerSku = lower.slug().equals("it-" + skuA.toLowerCase()) ? skuA : skuB;

        warehouse.receive("SH-01", lowerSku, 1);
        Eventually.await(
                "the product in stock ranks first",
                EVENT,
                () -> hits(word).get(0).slug().equals(lower.slug()));
        assertThat(hits(word).get(0).soldOut()).isFalse();

        String buyer = UUID.randomUUID().toString();
        orders.place(OrderFixture.oneOf(lowerSku, 1, "guest:" + buyer, buyer));
        Eventually.await(
                "the product whose last unit is held for an order shows sold out",
                EVENT,
                () -> hits(word).stream().allMatch(SearchHit::soldOut));
    }

    @Test
    void similar_products_share_the_category_and_brand_and_leave_the_product_out() {
        long id = catalog.onSale(world.slug("p1")).orElseThrow().getId();
        List<String> similar =
                search.similar(id, 6, EN).stream().map(SearchHit::slug).toList();
        assertThat(similar).isNotEmpty().doesNotContain(world.slug("p1"), world.slug("p4"));
    }

    private List<SearchHit> hits(String text) {
        return search.search(SearchRequest.of(text), EN).hits();
    }

    private List<String> slugs(String text, Locale locale) {
        return search.search(SearchRequest.of(text), locale).hits().stream()
                .map(SearchHit::slug)
                .toList();
    }
}
