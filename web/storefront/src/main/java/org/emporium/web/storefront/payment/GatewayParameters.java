package org.emporium.web.storefront.payment;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/** A gateway's form or query parameters as one value per name, as their signatures cover them. */
public final class GatewayParameters {

    private GatewayParameters() {}

    public static Map<String, String> of(HttpServletRequest request) {
        Map<String, String> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> params.put(name, values.length == 0 ? "" : values[0]));
        return params;
    }

    /** The shop's address as this request reached it: scheme, host, port and context path. */
    public static String shopUrl(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }
}
