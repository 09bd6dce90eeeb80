package org.emporium.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.emporium.catalog.boundary.IndexedProduct;
import org.emporium.catalog.boundary.IndexedProduct.Named;
import org.emporium.catalog.boundary.IndexedProduct.Value;
import org.emporium.search.boundary.SearchRequest;
import org.emporium.search.boundary.SearchSort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a test the build runs (its name does not end in Test): the search benchmark, run by {@code bench/search}.
 *
 * Builds an index of synthetic bilingual products (names from a vocabulary of clothing, kitchen and
 * electronics words, 12 brands, a 3-level category tree, colours and sizes), then times queries and
 * suggestions in one thread after a warm-up, and prints build time, index size and latency percentiles.
 * One product in ten is sold out.
 */
class ProductIndexBenchmark {

    static final String[][] NOUNS = {
        {"连衣裙", "dress"},
        {"衬衫", "shirt"},
        {"夹克", "jacket"},
        {"牛仔裤", "jeans"},
        {"运动鞋", "sneakers"},
        {"平底锅", "skillet"},
        {"主厨刀", "chef knife"},
        {"电热水壶", "kettle"},
        {"被套", "duvet cover"},
        {"耳机", "earbuds"},
        {"蓝牙音箱", "bluetooth speaker"},
        {"手机壳", "phone case"},
        {"充电器", "charger"},
        {"背包", "backpack"},
        {"毛衣", "sweater"},
        {"围巾", "scarf"}
    };
    static final String[][] ADJECTIVES = {
        {"真丝", "silk"}, {"纯棉", "cotton"}, {"亚麻", "linen"}, {"轻薄", "light"}, {"防水", "waterproof"},
        {"无线", "wireless"}, {"便携", "portable"}, {"修身", "slim"}, {"加厚", "thick"}, {"复古", "vintage"},
        {"降噪", "noise-cancelling"}, {"不锈钢", "stainless"}
    };
    static final String[][] COLOURS = {
        {"red", "红色", "Red"},
        {"blue", "蓝色", "Blue"},
        {"black", "黑色", "Black"},
        {"white", "白色", "White"},
        {"green", "绿色", "Green"}
    };
    static final String[] QUERIES = {
        "连衣裙",
        "真丝 连衣裙",
        "红色连衣裙",
        "衬衫",
        "无线耳机",
        "蓝牙音箱",
        "kettle",
        "silk dress",
        "wireless earbuds",
        "chef knife",
        "防水 夹克",
        "纯棉被套",
        "sneakers",
        "手机壳",
        "vintage scarf",
        "SKU-12345-01",
        "毛衣 黑色",
        "backpack waterproof",
        "不存在的东西",
        "skilet"
    };
    static final String[] TYPED = {
        "连", "连衣", "衬", "无线", "蓝牙", "k", "ke", "kett", "si", "silk", "wire", "耳", "手机", "sw", "ba"
    };

    @TempDir
    Path dir;

    @Test
    void measure() {
        int products = Integer.getInteger("search.bench.products", 10_000);
        Random random = new Random(42);
        List<Named> brands = new ArrayList<>();
        for (int b = 0; b < 12; b++) {
            brands.add(new Named("brand-" + b, "品牌" + b, "Brand " + b));
        }
        long start = System.nanoTime();
        try (ProductIndex index = ProductIndex.open(dir)) {
            List<IndexedProduct> batch = new ArrayList<>();
            for (int i = 1; i <= products; i++) {
                batch.add(product(i, random, brands));
                if (batch.size() == 500) {
                    index.put(batch, id -> id % 1000, id -> id % 10 != 0, 1);
                    batch.clear();
                }
            }
            index.put(batch, id -> id % 1000, id -> id % 10 != 0, 1);
            index.removeOlderThan(1); // the end of the search-reindex job: merge, suggestions afresh
            double buildSeconds = (System.nanoTime() - start) / 1e9;
            long bytes = size(dir);

            long now = System.currentTimeMillis();
            Locale zh = Locale.SIMPLIFIED_CHINESE;
            for (int i = 0; i < 300; i++) { // warm-up
                index.search(SearchRequest.of(QUERIES[i % QUERIES.length]), SearchRules.NONE, zh, now);
                index.suggest(TYPED[i % TYPED.length], zh);
            }
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            long[] queries = new long[2000];
            long[] queryCpu = new long[queries.length];
            long[] matched = new long[queries.length];
            long[] unmatched = new long[queries.length];
            int m = 0;
            int u = 0;
            long found = 0;
            for (int i = 0; i < queries.length; i++) {
                long c = cpu.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                long total = index.search(SearchRequest.of(QUERIES[i % QUERIES.length]), SearchRules.NONE, zh, now)
                        .total();
                queries[i] = System.nanoTime() - t;
                queryCpu[i] = cpu.getCurrentThreadCpuTime() - c;
                found += total;
                if (total > 0) {
                    matched[m++] = queries[i];
                } else {
                    unmatched[u++] = queries[i]; // spelling and relaxed results: the no-result page
                }
            }
            matched = Arrays.copyOf(matched, m);
            unmatched = Arrays.copyOf(unmatched, u);
            // A shopper's choices: one brand (and every other time a colour too), so the chosen facets are
            // counted sideways, one more pass each.
            long[] chosen = new long[1000];
            for (int i = 0; i < chosen.length; i++) {
                SearchRequest request = new SearchRequest(
                        QUERIES[i % QUERIES.length],
                        List.of("brand-" + (i % 12)),
                        null,
                        i % 2 == 0 ? Map.of("colour", List.of("red")) : Map.of(),
                        null,
                        null,
                        SearchSort.RELEVANCE,
                        0,
                        24);
                long t = System.nanoTime();
                index.search(request, SearchRules.NONE, zh, now);
                chosen[i] = System.nanoTime() - t;
            }
            long[] suggestions = new long[3000];
            long[] suggestionCpu = new long[suggestions.length];
            for (int i = 0; i < suggestions.length; i++) {
                long c = cpu.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                index.suggest(TYPED[i % TYPED.length], zh);
                suggestions[i] = System.nanoTime() - t;
                suggestionCpu[i] = cpu.getCurrentThreadCpuTime() - c;
            }
            // Stock changes as the inventory's events bring them: one product sold out or back, then searchable.
            long[] restocks = new long[200];
            for (int i = 0; i < restocks.length; i++) {
                long id = 1 + random.nextInt(products);
                long t = System.nanoTime();
                index.restock(Map.of(id, i % 2 == 0));
                restocks[i] = System.nanoTime() - t;
            }
            System.out.printf(
                    Locale.ROOT,
                    "%nSEARCH BENCHMARK products=%d build=%.1fs (%.0f products/s) index=%.1f MiB docs=%d%n"
                            + "query (with facets, highlighting, %d queries): p50=%.2fms p95=%.2fms p99=%.2fms%n"
                            + "  of which with results (%d): p50=%.2fms p95=%.2fms; without (%d): p50=%.2fms p95=%.2fms%n"
                            + "query with a brand (and colour) chosen (%d): p50=%.2fms p95=%.2fms p99=%.2fms%n"
                            + "suggest (%d lookups): p50=%.2fms p95=%.2fms p99=%.2fms%n"
                            + "CPU time of the thread (what a quiet core would take): query p50=%.2fms p95=%.2fms,"
                            + " suggest p50=%.2fms p95=%.2fms%n"
                            + "stock change of one product, committed (%d): p50=%.2fms p95=%.2fms%n",
                    products,
                    buildSeconds,
                    products / buildSeconds,
                    bytes / 1048576.0,
                    index.size(),
                    queries.length,
                    percentile(queries, 50),
                    percentile(queries, 95),
                    percentile(queries, 99),
                    matched.length,
                    percentile(matched, 50),
                    percentile(matched, 95),
                    unmatched.length,
                    percentile(unmatched, 50),
                    percentile(unmatched, 95),
                    chosen.length,
                    percentile(chosen, 50),
                    percentile(chosen, 95),
                    percentile(chosen, 99),
                    suggestions.length,
                    percentile(suggestions, 50),
                    percentile(suggestions, 95),
                    percentile(suggestions, 99),
                    percentile(queryCpu, 50),
                    percentile(queryCpu, 95),
                    percentile(suggestionCpu, 50),
                    percentile(suggestionCpu, 95),
                    restocks.length,
                    percentile(restocks, 50),
                    percentile(restocks, 95));
            assertThat(found).isPositive();
        }
    }

    private static IndexedProduct product(int id, Random random, List<Named> brands) {
        String[] noun = NOUNS[random.nextInt(NOUNS.length)];
        String[] adjective = ADJECTIVES[random.nextInt(ADJECTIVES.length)];
        String[] colour = COLOURS[random.nextInt(COLOURS.length)];
        Named top = new Named("top-" + (id % 4), "大类" + (id % 4), "Department " + (id % 4));
        Named mid = new Named("mid-" + (id % 20), "中类" + (id % 20), "Aisle " + (id % 20));
        Named leaf = new Named("leaf-" + (id % 100), noun[0] + (id % 100), noun[1] + " " + (id % 100));
        String nameZh = colour[1] + adjective[0] + noun[0] + " " + id;
        String nameEn = colour[2] + " " + adjective[1] + " " + noun[1] + " " + id;
        return new IndexedProduct(
                id,
                "product-" + id,
                nameZh,
                nameEn,
                "<p>" + nameZh + "，品质保证，" + adjective[0] + "面料，适合日常使用。</p>",
                "<p>" + nameEn + ", everyday quality in " + adjective[1] + ".</p>",
                true,
                null,
                null,
                OffsetDateTime.parse("2026-01-01T00:00:00Z").plusMinutes(id),
                brands.get(id % brands.size()),
                List.of(top, mid, leaf),
                List.of(
                        new Value("colour", "颜色", "Colour", colour[0], colour[1], colour[2], true),
                        new Value("size", "尺码", "Size", "m", "M", "M", true)),
                List.of("SKU-" + id + "-01", "SKU-" + id + "-02", "SKU-" + id + "-03"),
                BigDecimal.valueOf(1000 + random.nextInt(100_000), 2),
                "CNY",
                null);
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static long size(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
