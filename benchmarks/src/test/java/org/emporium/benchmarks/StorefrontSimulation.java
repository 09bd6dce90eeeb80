package org.emporium.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Shoppers on the storefront with the benchmark catalogue of bench/storefront (100,000 products, 50 leaf
 * categories under 10 roots, 40 brands, colours and sizes on SKUs, a fit on products): a closed model of
 * {@code users} concurrent shoppers for {@code seconds}, each loading pages back to back without think time.
 *
 * <p>Two ways to run it ({@code pace.ms}): paced, each shopper loading one page per 100 ms, so that 100
 * shoppers offer 1,000 pages/s and the percentiles say how fast pages come at that rate; or unpaced, each
 * shopper loading the next page as soon as the last one arrived, which finds the most pages/s the server
 * gives (and, by Little's law, makes every shopper wait as long as 100 requests in flight take).
 *
 * <p>The mix: half product pages, a quarter list pages without filters (any sort, pages 1 to 5), a quarter
 * with filters. Traffic is skewed, as a shop's is: 90 % of product pages are among the 2,000 most visited and
 * 10 % anywhere in the catalogue (mostly pages no one asked for yet, rendered from the database); 90 % of
 * filtered lists use one of a dozen popular facet choices and 10 % any combination of two brands and a colour.
 */
public class StorefrontSimulation extends Simulation {

    static final String BASE_URL = System.getProperty("base.url", "http://localhost:8080");
    static final int USERS = Integer.getInteger("users", 100);
    static final int SECONDS = Integer.getInteger("seconds", 60);
    static final int PRODUCTS = Integer.getInteger("products", 100_000);
    /**
     * Each shopper loads at most one page per this many milliseconds: 100 shoppers at 100 ms offer 1,000
     * pages/s, and the latency is measured at that load. 0: no pause at all, every shopper loads the next
     * page the moment the last one arrived, which measures how many pages/s the server can give.
     */
    static final int PACE_MS = Integer.getInteger("pace.ms", 100);
    static final int HOT_PRODUCTS = 2_000;
    static final String[] SORTS = {"newest", "price-asc", "price-desc", "name"};
    static final String[] COLOURS = {"black", "white", "red", "blue", "green", "grey", "beige", "navy"};
    static final String[] POPULAR_FILTERS = {
        "&brand=bench-brand-0",
        "&brand=bench-brand-1",
        "&brand=bench-brand-2",
        "&brand=bench-brand-3",
        "&a-colour=black",
        "&a-colour=white",
        "&a-colour=blue",
        "&a-colour=red",
        "&a-fit=slim&min=200&max=500",
        "&a-fit=regular&max=200",
        "&brand=bench-brand-0&brand=bench-brand-1&a-colour=black",
        "&a-colour=white&a-size=m"
    };

    /** Product numbers as bench/storefront seeds them: slug bench-p-&lt;n&gt;, n from 1. */
    static int productNumber(ThreadLocalRandom random) {
        return random.nextInt(100) < 90 ? 1 + random.nextInt(HOT_PRODUCTS) : 1 + random.nextInt(PRODUCTS);
    }

    static Iterator<Map<String, Object>> feeder() {
        return Stream.generate(() -> {
                    ThreadLocalRandom r = ThreadLocalRandom.current();
                    int root = r.nextInt(10);
                    String category = r.nextBoolean()
                            ? "bench-root-" + root
                            : "bench-leaf-" + (root * 5 + r.nextInt(5));
                    // Shoppers mostly click the same few facets (90 %); the rest try any combination.
                    String filters = r.nextInt(100) < 90
                            ? POPULAR_FILTERS[r.nextInt(POPULAR_FILTERS.length)]
                            : "&brand=bench-brand-" + r.nextInt(40) + "&brand=bench-brand-" + r.nextInt(40)
                                    + "&a-colour=" + COLOURS[r.nextInt(COLOURS.length)];
                    return Map.<String, Object>of(
                            "product", "bench-p-" + productNumber(r),
                            "category", category,
                            "sort", SORTS[r.nextInt(SORTS.length)],
                            "page", r.nextInt(100) < 70 ? 0 : r.nextInt(5),
                            "filters", filters);
                })
                .iterator();
    }

    static final ChainBuilder PRODUCT = exec(http("product page")
            .get("/product.xhtml?slug=#{product}")
            .check(status().is(200), substring("id=\"product-name\"")));

    static final ChainBuilder LIST = exec(http("list page")
            .get("/category.xhtml?slug=#{category}&sort=#{sort}&page=#{page}")
            .check(status().is(200), substring("id=\"result-count\"")));

    static final ChainBuilder FILTERED_LIST = exec(http("filtered list page")
            .get("/category.xhtml?slug=#{category}#{filters}")
            .check(status().is(200), substring("id=\"result-count\"")));

    final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("text/html")
            .acceptLanguageHeader("en-US,en;q=0.8,zh-CN;q=0.5")
            .acceptEncodingHeader("gzip, deflate, br")
            .userAgentHeader("Emporium benchmark (Gatling)")
            .disableCaching();

    final ScenarioBuilder shoppers = scenario("shoppers")
            .during(Duration.ofSeconds(SECONDS))
            .on(page(exec(session -> session)
                    .feed(feeder())
                    .exec(randomSwitch()
                            .on(percent(50.0).then(PRODUCT), percent(25.0).then(LIST), percent(25.0).then(FILTERED_LIST)))));

    static ChainBuilder page(ChainBuilder load) {
        return PACE_MS > 0 ? pace(Duration.ofMillis(PACE_MS)).exec(load) : load;
    }

    {
        setUp(shoppers.injectClosed(constantConcurrentUsers(USERS).during(Duration.ofSeconds(SECONDS))))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(SECONDS + 10))
                .assertions(global().failedRequests().percent().lt(1.0));
    }
}
