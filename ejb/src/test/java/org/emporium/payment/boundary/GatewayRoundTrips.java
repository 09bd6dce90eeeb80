package org.emporium.payment.boundary;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.emporium.payment.control.PaymentGateway;

/** What the SDK-backed gateways' round-trip tests share: wiring without a container, trades, redirects read back. */
final class GatewayRoundTrips {

    private GatewayRoundTrips() {}

    /** Sets an injected field, as the container would. */
    static void set(Object target, String name, Object value) throws Exception {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }

    /** Calls a {@code @PostConstruct} method, as the container would. */
    static void construct(Object target, String method) throws Exception {
        Method m = target.getClass().getDeclaredMethod(method);
        m.setAccessible(true);
        m.invoke(target);
    }

    /** A trade of {@code channel} whose notification and return go to the shop at {@code origin}. */
    static PaymentGateway.Trade trade(String origin, String channel, String no, String amount, boolean mobile) {
        return new PaymentGateway.Trade(
                no,
                new BigDecimal(amount),
                "Emporium 测试",
                origin + "/payment/" + channel + "/notify",
                origin + "/payment/" + channel + "/return",
                mobile,
                30);
    }

    /** The decoded parameters of a query string or form body. */
    static Map<String, String> decode(String form) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            params.put(
                    URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    /** The decoded query parameters of a redirect. */
    static Map<String, String> query(String url) {
        return decode(URI.create(url).getRawQuery());
    }
}
