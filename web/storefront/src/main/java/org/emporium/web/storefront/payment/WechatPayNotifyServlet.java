package org.emporium.web.storefront.payment;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.emporium.payment.boundary.Payments;

/**
 * WeChat Pay's payment notifications (API v3): a JSON POST with the platform's signature in its headers,
 * answered 204 once handled, or 500 with a {@code FAIL} body so that WeChat Pay sends it again.
 */
@WebServlet(name = "WechatPayNotifyServlet", urlPatterns = "/payment/wechat/notify")
public class WechatPayNotifyServlet extends HttpServlet {

    static final int MAX_BODY = 64 * 1024;

    @Inject
    Payments payments;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_BODY);
        Map<String, String> params = new LinkedHashMap<>();
        for (String name :
                new String[] {"Wechatpay-Timestamp", "Wechatpay-Nonce", "Wechatpay-Signature", "Wechatpay-Serial"}) {
            String value = request.getHeader(name);
            if (value != null) {
                params.put(name.toLowerCase(Locale.ROOT), value);
            }
        }
        params.put("body", new String(body, StandardCharsets.UTF_8));
        if ("success".equals(payments.notified("wechat", params))) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
            response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            response.setContentType("application/json");
            response.getWriter().write("{\"code\":\"FAIL\",\"message\":\"失败\"}");
        }
    }
}
