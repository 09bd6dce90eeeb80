package org.emporium.web.storefront.payment;

import static org.emporium.web.storefront.payment.AlipaySimulatorServlet.html;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.emporium.payment.boundary.AlipaySimulator;
import org.emporium.payment.boundary.WechatPaySimulator;

/**
 * The local WeChat Pay simulator's HTTP side ({@code /simulator/wechat}), on only while no real WeChat Pay keys
 * are configured: {@code /v3/...} is the API (signed JSON), {@code cashier} the H5 page the shopper pays or
 * fails on, {@code act} its buttons.
 */
@WebServlet(name = "WechatPaySimulatorServlet", urlPatterns = "/simulator/wechat/*")
public class WechatPaySimulatorServlet extends HttpServlet {

    @Inject
    WechatPaySimulator simulator;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!simulator.enabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String path = Optional.ofNullable(request.getPathInfo()).orElse("");
        response.setHeader("Cache-Control", "no-store");
        if (path.startsWith("/v3/")) {
            String body = "GET".equals(request.getMethod())
                    ? ""
                    : new String(
                            request.getInputStream().readNBytes(WechatPayNotifyServlet.MAX_BODY),
                            StandardCharsets.UTF_8);
            String query = request.getQueryString();
            WechatPaySimulator.Response answer = simulator.api(
                    request.getMethod(),
                    path + (query == null ? "" : "?" + query),
                    request.getHeader("Authorization"),
                    body);
            response.setStatus(answer.status());
            answer.headers().forEach(response::setHeader);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(answer.body());
            return;
        }
        switch (path) {
            case "/cashier" -> cashier(request, response);
            case "/act" -> {
                String outTradeNo = request.getParameter("out_trade_no");
                String back = request.getParameter("redirect_url");
                try {
                    if ("pay".equals(request.getParameter("action"))) {
                        simulator.pay(outTradeNo);
                    }
                } catch (IllegalArgumentException unknown) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                response.setHeader("Location", back == null || !back.matches("https?://.*|/.*") ? "/" : back);
            }
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void cashier(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AlipaySimulator.Cashier cashier = simulator.cashier(request.getParameter("prepay_id"));
        String back = Optional.ofNullable(request.getParameter("redirect_url")).orElse("/");
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        PrintWriter out = response.getWriter();
        out.write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>微信支付（模拟） · WeChat Pay simulator</title>"
                + "<style>body{font-family:sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem}"
                + ".amount{font-size:2rem;margin:.5rem 0}button{font-size:1.1rem;padding:.6rem 1.4rem;margin:.3rem}"
                + "#wx-pay{background:#07c160;color:#fff;border:0}</style></head><body>"
                + "<h1>微信支付（模拟） <small>WeChat Pay simulator</small></h1>");
        if (cashier.error() != null) {
            out.write("<p id=\"wx-error\">请求被拒绝 · Request refused: " + html(cashier.error()) + "</p>");
        } else {
            out.write("<p>" + html(cashier.subject()) + "</p>"
                    + "<p class=\"amount\" id=\"wx-amount\">¥"
                    + html(cashier.amount().toPlainString()) + "</p>"
                    + "<form method=\"post\" action=\"" + html(request.getContextPath() + "/simulator/wechat/act")
                    + "\">"
                    + "<input type=\"hidden\" name=\"out_trade_no\" value=\"" + html(cashier.outTradeNo()) + "\">"
                    + "<input type=\"hidden\" name=\"redirect_url\" value=\"" + html(back) + "\">"
                    + "<button id=\"wx-pay\" name=\"action\" value=\"pay\">确认支付 · Pay</button>"
                    + "<button id=\"wx-fail\" name=\"action\" value=\"fail\">支付失败 · Fail</button>"
                    + "</form>");
        }
        out.write("</body></html>");
    }
}
