package org.emporium.web.storefront.payment;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.emporium.payment.boundary.Payments;

/**
 * Alipay's asynchronous notifications ({@code notify_url}): a form POST answered with the plain text
 * {@code success} once handled (Alipay sends it again otherwise). The signature is checked by the payment
 * context before anything is believed.
 */
@WebServlet(name = "AlipayNotifyServlet", urlPatterns = "/payment/alipay/notify")
public class AlipayNotifyServlet extends HttpServlet {

    @Inject
    Payments payments;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String answer = payments.notified("alipay", GatewayParameters.of(request));
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(answer);
    }
}
