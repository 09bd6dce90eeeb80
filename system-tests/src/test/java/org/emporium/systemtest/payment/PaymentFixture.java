package org.emporium.systemtest.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.emporium.order.boundary.Orders;
import org.emporium.order.boundary.PlaceOrder;
import org.emporium.order.entity.DeliveryAddress;
import org.emporium.order.entity.ShippingMethod;
import org.emporium.payment.boundary.AlipaySimulator;
import org.emporium.payment.boundary.PaymentStep;
import org.emporium.payment.boundary.Payments;
import org.emporium.payment.entity.Tender;
import org.emporium.payment.entity.TenderMethod;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.systemtest.Concurrently;

/**
 * What the payment system tests share: the order they pay (delivered to one Shanghai home, standard delivery),
 * a tender of a payment, the query of a gateway's redirect, the Alipay cashier opened as the shopper's browser
 * opens it, an order's status, and attempts run all at once. Plain static helpers, so that every call keeps the
 * transaction of the test that makes it; deploy it with {@code Deployments.earWithTests(..., PaymentFixture.class)}.
 */
final class PaymentFixture {

    static final DeliveryAddress HOME =
            new DeliveryAddress("王小明", "13800138000", "上海市", "上海市", "浦东新区", "世纪大道 100 号", "200120");

    private PaymentFixture() {}

    /** Eight characters, upper case, that make a test's SKUs and buyers its own. */
    static String freshId() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A new order (its own request id) of these items to {@link #HOME}; payable as the shopper saw it, or null. */
    static PlaceOrder anOrder(String buyer, String payable, PlaceOrder.Item... items) {
        return new PlaceOrder(
                buyer,
                UUID.randomUUID().toString(),
                null,
                List.of(items),
                HOME,
                ShippingMethod.STANDARD,
                null,
                payable == null ? null : new BigDecimal(payable));
    }

    /** The order's status as its buyer sees it (AWAITING_PAYMENT, PAID, CLOSED...). */
    static String status(Orders orders, String buyer, String number) {
        return orders.due(buyer, number).orElseThrow().status();
    }

    /** The order's tender of that method. */
    static Tender tender(Payments payments, String buyer, String number, TenderMethod method) {
        return payments.payment(buyer, number).orElseThrow().getTenders().stream()
                .filter(t -> t.getMethod() == method)
                .findFirst()
                .orElseThrow();
    }

    /** The decoded query parameters of a gateway's redirect (a signed page request, a form, a prepay id). */
    static Map<String, String> query(String url) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            params.put(
                    URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    /** Opens the simulator's cashier with the signed request the shopper's browser would carry; returns the trade. */
    static String openCashier(AlipaySimulator simulator, String redirect) {
        AlipaySimulator.Cashier cashier = simulator.open(query(redirect));
        assertThat(cashier.error()).isNull();
        return cashier.outTradeNo();
    }

    interface Attempt {
        Object run(int i) throws Exception;
    }

    /**
     * Runs every attempt on a thread of its own, all released at once; each outcome is the payment step's kind
     * (PAID...), the answer as text, or the refusal's key.
     */
    static List<String> concurrently(int count, Attempt attempt) throws Exception {
        return Concurrently.race(count, n -> {
            try {
                Object result = attempt.run(n);
                return result instanceof PaymentStep step ? step.kind().name() : String.valueOf(result);
            } catch (BusinessRuleViolation refused) {
                return refused.messageKey();
            }
        });
    }
}
