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
 * The shopper's return from Alipay ({@code return_url}). It proves nothing by itself: the payment context asks
 * Alipay where the trade stands, and the shopper lands on the order's payment page, which shows it.
 */
@WebServlet(name = "AlipayReturnServlet", urlPatterns = "/payment/alipay/return")
public class AlipayReturnServlet extends HttpServlet {

    @Inject
    Payments payments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String target = payments.returned("alipay", GatewayParameters.of(request))
                .map(number -> "/pay.xhtml?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8))
                .orElse("/");
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + target);
    }
}
