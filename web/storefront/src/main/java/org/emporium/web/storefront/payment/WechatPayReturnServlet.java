package org.emporium.web.storefront.payment;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.emporium.payment.boundary.Payments;

/**
 * The shopper's way back from WeChat Pay's H5 page ({@code redirect_url}). It carries no signature, so the
 * payment context asks WeChat Pay about the trade; the shopper lands on the order's payment page.
 */
@WebServlet(name = "WechatPayReturnServlet", urlPatterns = "/payment/wechat/return")
public class WechatPayReturnServlet extends HttpServlet {

    @Inject
    Payments payments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String target = payments.returned("wechat", GatewayParameters.of(request))
                .map(number -> "/pay.xhtml?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8))
                .orElse("/");
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + target);
    }
}
