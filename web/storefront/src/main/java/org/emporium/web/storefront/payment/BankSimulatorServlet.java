package org.emporium.web.storefront.payment;

import static org.emporium.web.storefront.payment.AlipaySimulatorServlet.html;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import org.emporium.payment.boundary.AlipaySimulator;
import org.emporium.payment.boundary.BankSimulator;

/**
 * The local bank simulator's HTTP side ({@code /simulator/bank}), on only while a bank channel has no real keys:
 * {@code gateway/api/frontTransReq.do} takes the browser's signed form and shows the bank's page (a bank card,
 * or for instalments the credit card and the plan); {@code act} is that page's buttons, which post the signed
 * result back to the shop's frontUrl; {@code gateway/api/queryTrans.do} and {@code backTransReq.do} answer the
 * shop's server; {@code behaviour} tells it how to send notifications (copies, delayMillis, sends) and whether
 * to refuse API calls ({@code refusing}).
 */
@WebServlet(name = "BankSimulatorServlet", urlPatterns = "/simulator/bank/*")
public class BankSimulatorServlet extends HttpServlet {

    @Inject
    BankSimulator simulator;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        if (!simulator.enabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!"POST".equals(request.getMethod())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        String path = Optional.ofNullable(request.getPathInfo()).orElse("");
        Map<String, String> params = GatewayParameters.of(request);
        response.setHeader("Cache-Control", "no-store");
        switch (path) {
            case BankSimulator.FRONT_PATH -> page(request, response, simulator.open(params), null);
            case BankSimulator.QUERY_PATH, BankSimulator.BACK_PATH -> {
                response.setContentType("text/plain");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write(simulator.apiForm(path, params));
            }
            case "/act" -> act(request, response, params);
            case "/behaviour" -> {
                simulator.behave(new AlipaySimulator.Behaviour(
                        Integer.parseInt(params.getOrDefault("copies", "1")),
                        Long.parseLong(params.getOrDefault("delayMillis", "0")),
                        Boolean.parseBoolean(params.getOrDefault("sends", "true"))));
                simulator.refuse(Boolean.parseBoolean(params.getOrDefault("refusing", "false")));
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            }
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void page(
            HttpServletRequest request, HttpServletResponse response, BankSimulator.Page page, String cardError)
            throws IOException {
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        PrintWriter out = response.getWriter();
        out.write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>银行支付（模拟） · Bank simulator</title>"
                + "<style>body{font-family:sans-serif;max-width:30rem;margin:2rem auto;padding:0 1rem}"
                + ".amount{font-size:2rem;margin:.5rem 0}label{display:block;margin:.4rem 0}"
                + "button{font-size:1.1rem;padding:.6rem 1.4rem;margin:.3rem}"
                + "#bank-pay{background:#c8102e;color:#fff;border:0}</style></head><body>");
        if (page.error() != null) {
            out.write("<h1>银行支付（模拟） <small>Bank simulator</small></h1>"
                    + "<p id=\"bank-error\">请求被拒绝 · Request refused: " + html(page.error()) + "</p></body></html>");
            return;
        }
        out.write(
                page.instalments()
                        ? "<h1>信用卡分期（模拟） <small>Card instalments simulator</small></h1>"
                        : "<h1>银联在线支付（模拟） <small>Bank gateway simulator</small></h1>");
        out.write("<p>" + html(page.description()) + " · " + html(page.orderId()) + "</p>"
                + "<p class=\"amount\" id=\"bank-amount\">¥"
                + html(page.amount().toPlainString()) + "</p>");
        if (page.instalments()) {
            out.write("<p id=\"bank-plan\">分 " + page.months() + " 期 · " + page.months() + " instalments; 手续费 fee ¥"
                    + html(page.fee().toPlainString()) + " "
                    + (page.shopperBearsFee() ? "（持卡人承担 · paid by you）" : "（商户承担 · paid by the shop）") + "</p>");
        }
        out.write("<form method=\"post\" action=\"" + html(request.getContextPath() + "/simulator/bank/act") + "\">"
                + "<input type=\"hidden\" name=\"merId\" value=\"" + html(page.merId()) + "\">"
                + "<input type=\"hidden\" name=\"orderId\" value=\"" + html(page.orderId()) + "\">");
        if (cardError != null) {
            out.write("<p id=\"bank-card-error\" role=\"alert\">" + html(cardError) + "</p>");
        }
        if (page.instalments()) {
            out.write("<label>卡号 · Card number <input id=\"bank-card\" name=\"card\" inputmode=\"numeric\""
                    + " autocomplete=\"cc-number\"></label>"
                    + "<label>有效期 MMYY · Expiry <input id=\"bank-expiry\" name=\"expiry\" size=\"4\""
                    + " autocomplete=\"cc-exp\"></label>"
                    + "<label>CVN2 <input id=\"bank-cvn\" name=\"cvn\" size=\"3\" autocomplete=\"cc-csc\"></label>"
                    + "<p><small>测试卡 · Test card 6250 9470 0000 0014, 1230, 123</small></p>");
        }
        out.write("<button id=\"bank-pay\" name=\"action\" value=\"pay\">确认付款 · Pay</button>"
                + "<button id=\"bank-fail\" name=\"action\" value=\"fail\">付款失败 · Fail</button>"
                + "</form></body></html>");
    }

    private void act(HttpServletRequest request, HttpServletResponse response, Map<String, String> params)
            throws IOException {
        BankSimulator.Back back;
        try {
            back = "pay".equals(params.get("action"))
                    ? simulator.pay(
                            params.get("merId"),
                            params.get("orderId"),
                            params.get("card"),
                            params.get("expiry"),
                            params.get("cvn"))
                    : simulator.fail(params.get("merId"), params.get("orderId"));
        } catch (IllegalArgumentException unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (back.error() != null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            page(request, response, simulator.page(params.get("merId"), params.get("orderId")), back.error());
            return;
        }
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        PrintWriter out = response.getWriter();
        // The result goes back to the shop as the bank sends it: a form the browser posts to frontUrl.
        out.write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>Bank simulator</title>"
                + "</head><body><form id=\"bank-back\" method=\"post\" action=\"" + html(back.frontUrl()) + "\">");
        back.fields()
                .forEach((name, value) ->
                        out.write("<input type=\"hidden\" name=\"" + html(name) + "\" value=\"" + html(value) + "\">"));
        out.write("<button id=\"bank-return\" type=\"submit\">返回商户 · Back to the shop</button></form>"
                + "<script>document.getElementById('bank-back').submit();</script></body></html>");
    }
}
