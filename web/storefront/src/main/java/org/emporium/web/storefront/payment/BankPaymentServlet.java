package org.emporium.web.storefront.payment;

import static org.emporium.web.storefront.payment.AlipaySimulatorServlet.html;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.emporium.payment.boundary.BankPayForm;
import org.emporium.payment.boundary.Payments;

/**
 * The shop's side of the bank gateways ({@code /payment/unionpay/...} and {@code /payment/instalment/...}):
 * {@code form} turns the signed fields the adapter made into the form the browser posts to the bank (at once
 * with script, by a button without); {@code notify} takes the bank's signed back notification (answered 200
 * {@code ok} once handled, 500 so that the bank sends it again); {@code return} is where the bank sends the
 * browser back (frontUrl, signed fields posted), which leads to the order's payment page.
 */
@WebServlet(
        name = "BankPaymentServlet",
        urlPatterns = {"/payment/unionpay/*", "/payment/instalment/*"})
public class BankPaymentServlet extends HttpServlet {

    @Inject
    Payments payments;

    @Inject
    BankPayForm forms;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String channel = request.getServletPath().substring("/payment/".length());
        String path = Optional.ofNullable(request.getPathInfo()).orElse("");
        response.setHeader("Cache-Control", "no-store");
        switch (path) {
            case "/form" -> form(request, response, channel);
            case "/notify" -> {
                if (!"POST".equals(request.getMethod())) {
                    response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
                    return;
                }
                boolean handled = "ok".equals(payments.notified(channel, GatewayParameters.of(request)));
                response.setStatus(handled ? HttpServletResponse.SC_OK : HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
                response.setContentType("text/plain");
                response.getWriter().write(handled ? "ok" : "fail");
            }
            case "/return" -> {
                String target = payments.returned(channel, GatewayParameters.of(request))
                        .map(number -> "/pay.xhtml?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8))
                        .orElse("/");
                response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                response.setHeader("Location", request.getContextPath() + target);
            }
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void form(HttpServletRequest request, HttpServletResponse response, String channel) throws IOException {
        BankPayForm.Form form = forms.form(channel, GatewayParameters.of(request));
        if (form.fields().get("signature") == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String action = form.action().startsWith("/") ? request.getContextPath() + form.action() : form.action();
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Referrer-Policy", "no-referrer");
        PrintWriter out = response.getWriter();
        out.write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>正在前往银行 · To the bank</title></head><body>"
                + "<form id=\"bank-form\" method=\"post\" action=\"" + html(action) + "\">");
        form.fields()
                .forEach((name, value) ->
                        out.write("<input type=\"hidden\" name=\"" + html(name) + "\" value=\"" + html(value) + "\">"));
        out.write("<p>正在前往银行支付页面… · Taking you to the bank's payment page…</p>"
                + "<button id=\"bank-go\" type=\"submit\">前往银行 · Go to the bank</button></form>"
                + "<script>document.getElementById('bank-form').submit();</script></body></html>");
    }
}
