package org.emporium.web.storefront.payment;

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

/**
 * The local Alipay simulator's HTTP side ({@code /simulator/alipay}), on only while no real Alipay keys are
 * configured: {@code gateway.do} takes page/wap pay requests from browsers (answered with a cashier page to
 * pay or fail) and open API calls from the server (answered with signed JSON); {@code act} is the cashier's
 * buttons; {@code bill.zip} serves the trade bill whose address {@code alipay.data.dataservice.bill.downloadurl
 * .query} gave; {@code behaviour} tells it how to send notifications (copies, delayMillis, sends).
 */
@WebServlet(name = "AlipaySimulatorServlet", urlPatterns = "/simulator/alipay/*")
public class AlipaySimulatorServlet extends HttpServlet {

    @Inject
    AlipaySimulator simulator;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!simulator.enabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String path = Optional.ofNullable(request.getPathInfo()).orElse("");
        Map<String, String> params = GatewayParameters.of(request);
        response.setHeader("Cache-Control", "no-store");
        switch (path) {
            case "/gateway.do" -> gateway(request, response, params);
            case "/act" -> act(request, response, params);
            case "/bill.zip" -> {
                byte[] zip = simulator.billZip(params.get("token"));
                if (zip.length == 0) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                response.setContentType("application/zip");
                response.setContentLength(zip.length);
                response.getOutputStream().write(zip);
            }
            case "/behaviour" -> {
                if (!"POST".equals(request.getMethod())) {
                    response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
                    return;
                }
                simulator.behave(new AlipaySimulator.Behaviour(
                        Integer.parseInt(params.getOrDefault("copies", "1")),
                        Long.parseLong(params.getOrDefault("delayMillis", "0")),
                        Boolean.parseBoolean(params.getOrDefault("sends", "true"))));
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            }
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void gateway(HttpServletRequest request, HttpServletResponse response, Map<String, String> params)
            throws IOException {
        String method = params.getOrDefault("method", "");
        if (!method.endsWith(".page.pay") && !method.endsWith(".wap.pay")) {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(simulator.api(params));
            return;
        }
        AlipaySimulator.Cashier cashier = simulator.open(params);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        PrintWriter out = response.getWriter();
        out.write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>支付宝（模拟） · Alipay simulator</title>"
                + "<style>body{font-family:sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem}"
                + ".amount{font-size:2rem;margin:.5rem 0}button{font-size:1.1rem;padding:.6rem 1.4rem;margin:.3rem}"
                + "#sim-pay{background:#1677ff;color:#fff;border:0}</style></head><body>"
                + "<h1>支付宝（模拟） <small>Alipay simulator</small></h1>");
        if (cashier.error() != null) {
            out.write("<p id=\"sim-error\">请求被拒绝 · Request refused: " + html(cashier.error()) + "</p>");
        } else {
            String action = request.getContextPath() + "/simulator/alipay/act";
            out.write("<p>" + html(cashier.subject()) + "</p>"
                    + "<p class=\"amount\" id=\"sim-amount\">¥"
                    + html(cashier.amount().toPlainString()) + "</p>"
                    + "<p>交易号 · Trade " + html(cashier.outTradeNo()) + "</p>"
                    + "<form method=\"post\" action=\"" + html(action) + "\">"
                    + "<input type=\"hidden\" name=\"out_trade_no\" value=\"" + html(cashier.outTradeNo()) + "\">"
                    + "<button id=\"sim-pay\" name=\"action\" value=\"pay\">确认付款 · Pay</button>"
                    + "<button id=\"sim-fail\" name=\"action\" value=\"fail\">付款失败 · Fail</button>"
                    + "</form>");
        }
        out.write("</body></html>");
    }

    private void act(HttpServletRequest request, HttpServletResponse response, Map<String, String> params)
            throws IOException {
        String outTradeNo = params.get("out_trade_no");
        String target;
        try {
            target = "pay".equals(params.get("action")) ? simulator.pay(outTradeNo) : simulator.fail(outTradeNo);
        } catch (IllegalArgumentException unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", target);
    }

    /** Escapes text for HTML content and attribute values. */
    public static String html(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
