package org.emporium.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.form;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Signed-in shoppers buying on the storefront, the whole path that money takes (bench/checkout sets up the
 * shoppers, their balances and the stock): each shopper signs in once, then, over and over, adds a SKU to the
 * cart (the product page's plain form post), opens checkout (the default address of the address book already
 * filled in), places the order, opens its pay page and pays it from the account balance. A share of the orders
 * ({@code hot.percent}) also takes the hot SKU, BENCH-1-0, of which only a few hundred are in stock: the
 * flash-sale race that must never oversell. An order refused because the hot SKU ran out between cart and
 * order is a shopper's ordinary outcome, counted apart ("order refused: sold out"), not a failure.
 *
 * <p>{@code users} shoppers, all from the start, who sign in and then, once all of them are signed in, buy for
 * {@code seconds}. With {@code rate} 0 each shopper starts the next
 * order the moment the last one is paid (the most orders/s the shop gives); with a rate, each shopper paces
 * one order per {@code users / rate} seconds, so that together they offer {@code rate} orders/s, and the
 * percentiles say how fast each step is at that load.
 *
 * <p>The JSF forms are posted as a browser would: every field the page rendered (its view state included),
 * with the shopper's choices on top.
 */
public class CheckoutSimulation extends Simulation {

    static final String BASE_URL = System.getProperty("base.url", "http://localhost:8080");
    static final int USERS = Integer.getInteger("users", 50);
    static final int SECONDS = Integer.getInteger("seconds", 60);
    static final int PRODUCTS = Integer.getInteger("products", 1_000);
    static final int RATE = Integer.getInteger("rate", 0);
    static final int HOT_PERCENT = Integer.getInteger("hot.percent", 10);
    static final String HOT_SKU = "BENCH-1-0";

    /** Shoppers as bench/seed-checkout.sql signs them up: mobile 139 followed by their number in 8 digits. */
    static final AtomicInteger SHOPPERS = new AtomicInteger();

    static Iterator<Map<String, Object>> shoppers() {
        return Stream.generate(() -> Map.<String, Object>of(
                        "mobile", String.format("139%08d", SHOPPERS.incrementAndGet())))
                .iterator();
    }

    /** Any SKU of the benchmark catalogue but the hot one: BENCH-&lt;product&gt;-&lt;0..2&gt;. */
    static Iterator<Map<String, Object>> skus() {
        return Stream.generate(() -> {
                    ThreadLocalRandom r = ThreadLocalRandom.current();
                    return Map.<String, Object>of(
                            "sku", "BENCH-" + (2 + r.nextInt(PRODUCTS - 1)) + "-" + r.nextInt(3),
                            "hot", r.nextInt(100) < HOT_PERCENT);
                })
                .iterator();
    }

    static final ChainBuilder SIGN_IN = exec(http("sign-in page")
                    .get("/login.xhtml")
                    .check(status().is(200))
                    .check(form("#signin-form").saveAs("signin"))
                    .check(css("#signin-form", "action").saveAs("signinAction")))
            .exec(http("sign in")
                    .post("#{signinAction}")
                    .form(pressing("signin", "sign-in", "send-code", "sign-in-code"))
                    .formParam("login", "#{mobile}")
                    .formParam("password", "emporium")
                    .check(status().is(200), substring("id=\"account-name\"")));

    /**
     * The fields of a form the page rendered (saved under {@code saved}) as a browser posts them when the button
     * {@code pressed} is clicked: the form's other buttons are not sent, or Faces would run their actions too.
     */
    static Function<Session, Map<String, Object>> pressing(String saved, String pressed, String... others) {
        return session -> {
            Map<String, Object> fields = new HashMap<>(session.getMap(saved));
            for (String other : others) {
                fields.remove(other);
            }
            fields.put(pressed, pressed);
            return fields;
        };
    }

    static ChainBuilder addToCart(String name, String sku) {
        return exec(http(name)
                .post("/cart/add")
                .header("Origin", BASE_URL)
                .formParam("sku", sku)
                .formParam("quantity", "1")
                .check(status().is(200)));
    }

    static final ChainBuilder ORDER = exec(session -> session.removeAll("number", "pay", "payAction"))
            .feed(skus())
            .exec(addToCart("add to cart", "#{sku}"))
            .doIf("#{hot}")
            .then(addToCart("add the hot SKU to cart", HOT_SKU))
            .exec(http("checkout page")
                    .get("/checkout.xhtml")
                    .check(status().is(200))
                    .check(form("#checkout-form").saveAs("checkout"))
                    .check(css("#checkout-form", "action").saveAs("checkoutAction")))
            .exec(http("place order")
                    .post("#{checkoutAction}")
                    .form(pressing("checkout", "place-order", "region-refresh"))
                    .check(status().is(200))
                    // On the order's page: placed. Back on checkout: refused (the hot SKU ran out).
                    .check(currentLocationRegex("order\\.xhtml\\?number=([0-9]+)").optional().saveAs("number")))
            .doIfOrElse(session -> session.contains("number"))
            .then(exec(http("pay page")
                            .get("/pay.xhtml?number=#{number}")
                            .check(status().is(200))
                            .check(form("#pay-form").saveAs("pay"))
                            .check(css("#pay-form", "action").saveAs("payAction")))
                    .exec(http("pay with balance")
                            .post("#{payAction}")
                            .form(pressing("pay", "pay", "resume-alipay"))
                            .formParam("use-balance", "on")
                            .check(status().is(200), substring("data-status=\"PAID\""))))
            // Refused: the shopper takes the sold-out SKU out of the cart (the rest stays for the next order).
            .orElse(exec(http("order refused: sold out")
                    .post("/cart/update")
                    .header("Origin", BASE_URL)
                    .formParam("sku", HOT_SKU)
                    .formParam("quantity", "0")
                    .check(status().is(200))));

    final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("text/html")
            .acceptLanguageHeader("en-US,en;q=0.8,zh-CN;q=0.5")
            .acceptEncodingHeader("gzip, deflate, br")
            .userAgentHeader("Emporium benchmark (Gatling)")
            .disableCaching();

    final ScenarioBuilder buyers = scenario("buyers")
            .feed(shoppers())
            .exec(SIGN_IN)
            // Buying starts when every shopper is signed in: the sign-in rush is not part of the figures.
            .rendezVous(USERS)
            .during(Duration.ofSeconds(SECONDS))
            .on(RATE > 0 ? pace(Duration.ofMillis(1000L * USERS / RATE)).exec(ORDER) : ORDER);

    {
        setUp(buyers.injectOpen(atOnceUsers(USERS)))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(SECONDS + 60))
                .assertions(
                        global().failedRequests().percent().lt(1.0),
                        details("pay with balance").failedRequests().count().is(0L));
    }
}
