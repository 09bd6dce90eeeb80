package org.emporium.search.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emporium.search.control.Catalogue.*;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.emporium.catalog.boundary.IndexedProduct;
import org.emporium.search.boundary.SearchHit;
import org.emporium.search.boundary.SearchRequest;
import org.emporium.search.boundary.SearchResults;
import org.emporium.search.boundary.SearchSort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductIndexTest {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    static final Locale EN = Locale.ENGLISH;
    static final long NOW = System.currentTimeMillis();

    @TempDir
    Path dir;

    ProductIndex index;

    @BeforeEach
    void fill() {
        index = ProductIndex.open(dir);
        index.put(Catalogue.all(), id -> id == 2 ? 500 : id == 1 ? 3 : 0, id -> true, 1);
    }

    @AfterEach
    void close() {
        index.close();
    }

    private List<String> slugs(String text) {
        return slugs(index.search(SearchRequest.of(text), SearchRules.NONE, ZH, NOW));
    }

    private static List<String> slugs(SearchResults results) {
        return results.hits().stream().map(SearchHit::slug).toList();
    }

    @Test
    void a_chinese_word_finds_the_products_named_with_it_and_nothing_else() {
        assertThat(slugs("连衣裙")).containsExactlyInAnyOrder("red-silk-dress", "floral-dress");
        assertThat(slugs("衬衫")).containsExactlyInAnyOrder("oxford-shirt", "linen-shirt");
    }

    @Test
    void every_word_must_match_and_brand_or_colour_count_as_words() {
        assertThat(slugs("红色 连衣裙")).containsExactly("red-silk-dress");
        assertThat(slugs("北织 衬衫")).containsExactly("oxford-shirt");
        assertThat(slugs("红色连衣裙")).containsExactly("red-silk-dress");
    }

    @Test
    void english_queries_find_by_stem_and_ignore_case() {
        assertThat(slugs("Dresses")).containsExactlyInAnyOrder("red-silk-dress", "floral-dress");
        assertThat(slugs("SHIRT linen")).containsExactly("linen-shirt");
    }

    @Test
    void a_sku_code_finds_its_product() {
        assertThat(slugs("oxford_shirt-02")).containsExactly("oxford-shirt");
    }

    @Test
    void between_two_equal_matches_the_better_seller_ranks_first() {
        assertThat(slugs("连衣裙")).containsExactly("floral-dress", "red-silk-dress");
    }

    @Test
    void a_sold_out_product_ranks_below_an_equally_good_match_in_stock_even_when_it_sells_better() {
        index.put(Catalogue.all(), id -> id == 2 ? 500 : id == 1 ? 3 : 0, id -> id != 2, 2);
        assertThat(slugs("连衣裙")).containsExactly("red-silk-dress", "floral-dress");
        assertThat(index.inStock(2)).contains(false);
        assertThat(index.inStock(1)).contains(true);
    }

    @Test
    void popular_products_are_those_on_hand_first_then_by_sales() {
        assertThat(index.popular(2, ZH, NOW))
                .extracting(SearchHit::slug)
                .containsExactly("floral-dress", "red-silk-dress");
        index.restock(Map.of(2L, false));
        assertThat(index.popular(6, ZH, NOW))
                .extracting(SearchHit::slug)
                .first()
                .isEqualTo("red-silk-dress");
        assertThat(index.popular(6, ZH, NOW)).extracting(SearchHit::slug).last().isEqualTo("floral-dress");
        assertThat(index.popular(6, ZH, NOW).get(5).soldOut()).isTrue();
    }

    @Test
    void a_stock_change_moves_only_the_products_whose_mark_changes() {
        assertThat(index.productsWithSkus(List.of("FLORAL_DRESS-02", "NO-SUCH-SKU")))
                .containsExactly(Map.entry(2L, List.of("FLORAL_DRESS-01", "FLORAL_DRESS-02")));

        assertThat(index.restock(Map.of(2L, false, 1L, true))).isEqualTo(1);
        assertThat(slugs("连衣裙")).containsExactly("red-silk-dress", "floral-dress");
        assertThat(index.restock(Map.of(2L, false))).isZero();

        assertThat(index.restock(Map.of(2L, true, 99L, false))).isEqualTo(1);
        assertThat(slugs("连衣裙")).containsExactly("floral-dress", "red-silk-dress");
        // the rest of the document is untouched: still found by its words, facets and SKU code
        assertThat(slugs("FLORAL_DRESS-01")).containsExactly("floral-dress");
    }

    @Test
    void a_brand_chosen_leaves_the_other_brands_counted_so_a_second_can_be_picked() {
        SearchResults river = index.search(
                new SearchRequest("衬衫", List.of("river"), null, Map.of(), null, null, SearchSort.RELEVANCE, 0, 24),
                SearchRules.NONE,
                ZH,
                NOW);
        assertThat(slugs(river)).containsExactly("linen-shirt");
        assertThat(facet(river, "brand").values())
                .extracting(v -> v.code() + "=" + v.count() + (v.chosen() ? "*" : ""))
                .containsExactlyInAnyOrder("river=1*", "north-loom=1");
        // every other facet counts within the brand chosen
        assertThat(facet(river, "a-colour").values())
                .extracting(v -> v.code() + "=" + v.count())
                .containsExactly("white=1");

        SearchResults both = index.search(
                new SearchRequest(
                        "衬衫", List.of("river", "north-loom"), null, Map.of(), null, null, SearchSort.RELEVANCE, 0, 24),
                SearchRules.NONE,
                ZH,
                NOW);
        assertThat(slugs(both)).containsExactlyInAnyOrder("linen-shirt", "oxford-shirt");
    }

    @Test
    void an_option_chosen_counts_its_own_facet_without_it_and_the_others_with_it() {
        SearchResults blue = index.search(
                new SearchRequest(
                        "",
                        List.of(),
                        "men",
                        Map.of("colour", List.of("blue")),
                        null,
                        null,
                        SearchSort.RELEVANCE,
                        0,
                        24),
                SearchRules.NONE,
                EN,
                NOW);
        assertThat(slugs(blue)).containsExactly("oxford-shirt");
        assertThat(facet(blue, "a-colour").values())
                .extracting(v -> v.code() + "=" + v.count() + (v.chosen() ? "*" : ""))
                .containsExactlyInAnyOrder("white=2", "blue=1*", "red=1");
        assertThat(facet(blue, "brand").values())
                .extracting(v -> v.code() + "=" + v.count())
                .containsExactly("north-loom=1");
        // the category facet leaves out the category chosen: other departments stay in reach
        assertThat(facet(blue, "category").values())
                .extracting(v -> v.code() + "=" + v.count())
                .contains("men=1", "women=1");
    }

    @Test
    void the_matched_words_are_highlighted_in_the_escaped_name() {
        SearchHit hit = index.search(SearchRequest.of("衬衫 亚麻"), SearchRules.NONE, ZH, NOW)
                .hits()
                .get(0);
        assertThat(hit.highlightedName()).contains("<mark>衬衫</mark>").contains("<mark>亚麻</mark>");
        SearchHit english = index.search(SearchRequest.of("shirt linen"), SearchRules.NONE, EN, NOW)
                .hits()
                .get(0);
        assertThat(english.highlightedName()).isEqualTo("<mark>Linen</mark> short-sleeve <mark>shirt</mark>");
    }

    @Test
    void facets_count_brands_categories_and_colours_of_what_matched_and_filters_narrow() {
        SearchResults shirts = index.search(SearchRequest.of("衬衫"), SearchRules.NONE, ZH, NOW);
        SearchResults.Facet brands = facet(shirts, "brand");
        assertThat(brands.values()).extracting(SearchResults.FacetValue::label).containsExactlyInAnyOrder("北织", "江河");
        SearchResults.Facet colours = facet(shirts, "a-colour");
        assertThat(colours.label()).isEqualTo("颜色");
        assertThat(colours.values())
                .extracting(v -> v.code() + "=" + v.count())
                .containsExactlyInAnyOrder("white=2", "blue=1");

        SearchRequest blue = new SearchRequest(
                "衬衫", List.of(), null, Map.of("colour", List.of("blue")), null, null, SearchSort.RELEVANCE, 0, 24);
        assertThat(slugs(index.search(blue, SearchRules.NONE, ZH, NOW))).containsExactly("oxford-shirt");
        SearchRequest river =
                new SearchRequest("", List.of("river"), "men", Map.of(), null, null, SearchSort.PRICE_ASC, 0, 24);
        assertThat(slugs(index.search(river, SearchRules.NONE, ZH, NOW))).containsExactly("linen-shirt");
    }

    @Test
    void price_bands_and_a_price_range_filter_by_lowest_price() {
        SearchRequest cheap = new SearchRequest(
                "", List.of(), "men", Map.of(), null, new BigDecimal("200"), SearchSort.PRICE_DESC, 0, 24);
        assertThat(slugs(index.search(cheap, SearchRules.NONE, EN, NOW)))
                .containsExactly("oxford-shirt", "linen-shirt");
        SearchResults men = index.search(
                new SearchRequest("", List.of(), "men", Map.of(), null, null, SearchSort.RELEVANCE, 0, 24),
                SearchRules.NONE,
                EN,
                NOW);
        assertThat(men.priceBands()).extracting(SearchResults.PriceBand::count).containsOnly(1L, 2L);
        assertThat(men.priceBands().stream()
                        .mapToLong(SearchResults.PriceBand::count)
                        .sum())
                .isEqualTo(3);
    }

    @Test
    void pages_split_the_list_in_order() {
        SearchRequest first =
                new SearchRequest("", List.of(), "women", Map.of(), null, null, SearchSort.PRICE_ASC, 0, 1);
        SearchResults page1 = index.search(first, SearchRules.NONE, EN, NOW);
        SearchResults page2 = index.search(
                new SearchRequest("", List.of(), "women", Map.of(), null, null, SearchSort.PRICE_ASC, 1, 1),
                SearchRules.NONE,
                EN,
                NOW);
        assertThat(page1.total()).isEqualTo(2);
        assertThat(slugs(page1)).containsExactly("floral-dress");
        assertThat(slugs(page2)).containsExactly("red-silk-dress");
    }

    @Test
    void a_synonym_finds_what_its_group_finds() {
        assertThat(slugs("裙子")).isEmpty();
        SearchRules rules =
                new SearchRules(List.of(Set.of("裙子", "连衣裙")), Set.of(), Map.of(), Map.of(), Map.of(), Map.of());
        assertThat(slugs(index.search(SearchRequest.of("裙子"), rules, ZH, NOW)))
                .containsExactlyInAnyOrder("red-silk-dress", "floral-dress");
    }

    @Test
    void pinned_products_lead_in_their_order_banned_ones_never_show_and_stop_words_are_ignored() {
        SearchRules rules = new SearchRules(
                List.of(),
                Set.of("的"),
                Map.of(),
                Map.of("连衣裙", List.of("red-silk-dress", "running-jacket")),
                Map.of(),
                Map.of("连衣裙", List.of("floral-dress")));
        SearchResults results = index.search(SearchRequest.of("连衣裙"), rules, ZH, NOW);
        assertThat(slugs(results)).containsExactly("red-silk-dress", "running-jacket");
        assertThat(results.hits().get(0).pinned()).isTrue();
        assertThat(slugs(index.search(SearchRequest.of("的 衬衫"), rules, ZH, NOW)))
                .hasSize(2);
    }

    @Test
    void a_boosted_product_overtakes_a_better_seller() {
        SearchRules rules = new SearchRules(
                List.of(), Set.of(), Map.of(), Map.of(), Map.of("连衣裙", List.of("red-silk-dress")), Map.of());
        assertThat(slugs(index.search(SearchRequest.of("连衣裙"), rules, ZH, NOW)))
                .containsExactly("red-silk-dress", "floral-dress");
    }

    @Test
    void nothing_found_offers_a_spelling_and_products_that_match_some_words() {
        SearchResults typo = index.search(SearchRequest.of("shrit"), SearchRules.NONE, EN, NOW);
        assertThat(typo.hits()).isEmpty();
        assertThat(typo.didYouMean()).isEqualTo("shirt");

        SearchResults partly = index.search(SearchRequest.of("红色 沙发"), SearchRules.NONE, ZH, NOW);
        assertThat(partly.hits()).isEmpty();
        assertThat(partly.relaxed()).extracting(SearchHit::slug).contains("red-silk-dress", "running-jacket");
    }

    @Test
    void hostile_or_odd_input_gives_results_or_nothing_never_an_error() {
        for (String typed : List.of(
                "",
                "   ",
                "连衣裙 AND OR NOT (",
                "title_zh:* \"unbalanced",
                "*?~^[]{}\\/",
                "😀👗",
                "连衣裙😀",
                "' OR 1=1; DROP TABLE product; --",
                "<script>alert(1)</script>",
                "衬".repeat(5000))) {
            SearchResults results = index.search(SearchRequest.of(typed), SearchRules.NONE, ZH, NOW);
            assertThat(results).isNotNull();
            assertThat(index.suggest(typed, ZH)).isNotNull();
        }
        assertThat(slugs("连衣裙😀")).hasSize(2);
        assertThat(slugs("<script>连衣裙</script>")).hasSize(2);
    }

    @Test
    void suggestions_complete_a_word_begun_find_inner_words_and_hint_categories() {
        assertThat(index.suggest("连衣", ZH).products()).extracting(s -> s.text()).containsExactly("碎花雪纺连衣裙", "红色真丝连衣裙");
        assertThat(index.suggest("连衣", ZH).categories())
                .extracting(c -> c.slug() + ":" + c.name())
                .containsExactly("dresses:连衣裙");
        assertThat(index.suggest("shi", EN).products())
                .extracting(s -> s.text())
                .contains("Oxford long-sleeve shirt", "Linen short-sleeve shirt");
        assertThat(index.suggest("running ja", EN).products())
                .extracting(s -> s.text())
                .containsExactly("Light running jacket");
    }

    @Test
    void a_product_taken_off_sale_leaves_results_and_suggestions() {
        IndexedProduct dress = Catalogue.all().get(1);
        index.put(List.of(offSale(dress)), id -> 0, id -> true, 2);
        assertThat(slugs("连衣裙")).containsExactly("red-silk-dress");
        assertThat(index.suggest("碎花", ZH).products()).isEmpty();
    }

    @Test
    void a_full_rebuild_removes_what_it_did_not_find() {
        index.put(Catalogue.all().subList(0, 2), id -> 0, id -> true, 5);
        assertThat(index.removeOlderThan(5)).isEqualTo(4);
        assertThat(index.size()).isEqualTo(2);
    }

    @Test
    void similar_products_share_category_and_attributes() {
        List<SearchHit> like = index.similar(3, 3, EN, NOW);
        assertThat(like).extracting(SearchHit::slug).first().isEqualTo("linen-shirt");
        assertThat(like).extracting(SearchHit::slug).doesNotContain("oxford-shirt");
    }

    @Test
    void products_outside_their_publish_window_are_not_found() {
        IndexedProduct later = Catalogue.all().get(4);
        index.put(
                List.of(new IndexedProduct(
                        later.id(),
                        later.slug(),
                        later.nameZh(),
                        later.nameEn(),
                        null,
                        null,
                        true,
                        java.time.OffsetDateTime.now().plusDays(1),
                        null,
                        later.createdAt(),
                        later.brand(),
                        later.categoryPath(),
                        later.values(),
                        later.skuCodes(),
                        later.minPrice(),
                        later.currency(),
                        null)),
                id -> 0,
                id -> true,
                3);
        assertThat(slugs("手机壳")).isEmpty();
    }

    @Test
    void a_product_named_alike_in_both_languages_is_found_and_offered_once() {
        index.put(
                List.of(Catalogue.product(
                        7, "iphone-case", "iPhone Case", "iPhone Case", RIVER, List.of(PHONES), "99.00")),
                id -> 0,
                id -> true,
                2);
        assertThat(slugs("iphone")).containsExactly("iphone-case");
        assertThat(index.suggest("ipho", EN).products())
                .extracting(s -> s.text())
                .containsExactly("iPhone Case");
    }

    @Test
    void an_index_of_the_older_format_is_dropped_and_the_node_starts_empty(@TempDir Path other) throws Exception {
        java.nio.file.Files.createDirectories(other.resolve("products"));
        java.nio.file.Files.writeString(other.resolve("products").resolve("_0.cfs"), "old");
        try (ProductIndex fresh = ProductIndex.open(other)) {
            assertThat(other.resolve("products")).doesNotExist();
            assertThat(fresh.size()).isZero();
        }
    }

    private static IndexedProduct offSale(IndexedProduct p) {
        return new IndexedProduct(
                p.id(),
                p.slug(),
                p.nameZh(),
                p.nameEn(),
                p.descriptionZh(),
                p.descriptionEn(),
                false,
                p.publishAt(),
                p.unpublishAt(),
                p.createdAt(),
                p.brand(),
                p.categoryPath(),
                p.values(),
                p.skuCodes(),
                p.minPrice(),
                p.currency(),
                p.coverMediaId());
    }

    private static SearchResults.Facet facet(SearchResults results, String key) {
        return results.facets().stream()
                .filter(f -> f.key().equals(key))
                .findFirst()
                .orElseThrow();
    }
}
