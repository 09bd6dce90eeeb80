package org.emporium.web.storefront.account;

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
import org.emporium.customer.boundary.LoginProviderSimulator;
import org.emporium.customer.boundary.LoginProviderSimulator.Kind;
import org.emporium.web.storefront.payment.GatewayParameters;

/**
 * The local login providers' HTTP side, on only while no real provider is configured. {@code /simulator/oidc}:
 * {@code .well-known/openid-configuration}, {@code authorize} (a page where the tester says who signs in),
 * {@code token}, {@code jwks}, {@code userinfo}; {@code /simulator/qq}: {@code oauth2.0/authorize},
 * {@code oauth2.0/token}, {@code oauth2.0/me}, {@code user/get_user_info}; {@code /simulator/weibo}:
 * {@code oauth2/authorize}, {@code oauth2/access_token}, {@code 2/users/show.json}. Each authorization page posts
 * to its {@code approve}.
 */
@WebServlet(
        name = "LoginSimulatorServlet",
        urlPatterns = {"/simulator/oidc/*", "/simulator/qq/*", "/simulator/weibo/*"})
public class LoginSimulatorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient LoginProviderSimulator simulator;

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
        Kind kind = switch (request.getServletPath()) {
            case "/simulator/qq" -> Kind.QQ;
            case "/simulator/weibo" -> Kind.WEIBO;
            default -> Kind.OIDC;
        };
        String path = Optional.ofNullable(request.getPathInfo()).orElse("");
        Map<String, String> params = GatewayParameters.of(request);
        response.setHeader("Cache-Control", "no-store");
        String authorization = request.getHeader("Authorization");
        switch (kind.name() + path) {
            case "OIDC/.well-known/openid-configuration" ->
                json(response, new LoginProviderSimulator.Answer(200, simulator.discovery()));
            case "OIDC/jwks" -> json(response, new LoginProviderSimulator.Answer(200, simulator.jwks()));
            case "OIDC/token" -> json(response, simulator.oidcToken(params, authorization));
            case "OIDC/userinfo" -> json(response, simulator.userInfo(authorization));
            case "QQ/oauth2.0/token" -> json(response, simulator.qqToken(params));
            case "QQ/oauth2.0/me" -> json(response, simulator.qqMe(params));
            case "QQ/user/get_user_info" -> json(response, simulator.qqUserInfo(params));
            case "WEIBO/oauth2/access_token" -> json(response, simulator.weiboToken(params));
            case "WEIBO/2/users/show.json" -> json(response, simulator.weiboUser(params));
            case "OIDC/authorize", "QQ/oauth2.0/authorize", "WEIBO/oauth2/authorize" ->
                page(request, response, kind, params);
            case "OIDC/approve", "QQ/approve", "WEIBO/approve" -> approve(request, response, kind, params);
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void page(HttpServletRequest request, HttpServletResponse response, Kind kind, Map<String, String> params)
            throws IOException {
        String problem = simulator.problem(kind, params);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        PrintWriter out = response.getWriter();
        String title = switch (kind) {
            case OIDC -> "OpenID Connect";
            case QQ -> "QQ 登录";
            case WEIBO -> "微博登录 Weibo";
        };
        out.write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + html(title) + "（模拟） · simulator</title>"
                + "<style>body{font-family:sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem}"
                + "label{display:block;margin:.6rem 0 .2rem}input{font-size:1rem;padding:.4rem;width:100%}"
                + "button{font-size:1.1rem;padding:.6rem 1.4rem;margin:.8rem .3rem 0 0}</style></head><body>"
                + "<h1>" + html(title) + " <small>（模拟 · simulator）</small></h1>");
        if (problem != null) {
            out.write("<p id=\"sim-error\">请求被拒绝 · Request refused: " + html(problem) + "</p></body></html>");
            return;
        }
        out.write("<p>Emporium 请求使用您的账号登录。选择登录的用户 · Emporium asks to sign you in. Who signs in?</p>"
                + "<form method=\"post\" action=\""
                + html(request.getContextPath() + request.getServletPath() + "/approve")
                + "\">");
        for (String name : new String[] {
            "response_type",
            "client_id",
            "redirect_uri",
            "scope",
            "state",
            "nonce",
            "code_challenge",
            "code_challenge_method"
        }) {
            if (params.containsKey(name)) {
                out.write("<input type=\"hidden\" name=\"" + name + "\" value=\"" + html(params.get(name)) + "\">");
            }
        }
        out.write("<label for=\"sim-subject\">用户标识 · Subject</label>"
                + "<input id=\"sim-subject\" name=\"subject\" value=\"tester-1\" required>"
                + "<label for=\"sim-name\">昵称 · Name</label><input id=\"sim-name\" name=\"name\" value=\"测试用户\">"
                + (kind == Kind.OIDC
                        ? "<label for=\"sim-email\">邮箱 · Email</label><input id=\"sim-email\" name=\"email\" type=\"email\">"
                        : "")
                + "<button id=\"sim-approve\" name=\"action\" value=\"approve\">授权并登录 · Sign in</button>"
                + "<button id=\"sim-deny\" name=\"action\" value=\"deny\" formnovalidate>拒绝 · Deny</button>"
                + "</form></body></html>");
    }

    private void approve(
            HttpServletRequest request, HttpServletResponse response, Kind kind, Map<String, String> params)
            throws IOException {
        if (!"POST".equals(request.getMethod())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        String target;
        try {
            target = "deny".equals(params.get("action"))
                    ? simulator.deny(kind, params)
                    : simulator.approve(kind, params, params.get("subject"), params.get("name"), params.get("email"));
        } catch (IllegalArgumentException refused) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, refused.getMessage());
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", target);
    }

    private static void json(HttpServletResponse response, LoginProviderSimulator.Answer answer) throws IOException {
        response.setStatus(answer.status());
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(answer.json());
    }
}
