package org.emporium.web.storefront.cart;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.cart.boundary.Carts;
import org.emporium.merchandising.boundary.Experiments;
import org.emporium.merchandising.entity.ConversionKind;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.web.storefront.merchandising.Visitor;

/**
 * The cart's endpoints, behind plain HTML forms so that they work without script and so that the cached
 * product page holds nothing of the visitor: POST {@code /cart/add} (sku, quantity), {@code /cart/update}
 * (sku, quantity; 0 removes), {@code /cart/save-for-later} and {@code /cart/move-to-cart} (sku),
 * {@code /cart/acknowledge} (the shopper saw the changed prices), each answered
 * by a redirect to the cart page (303, so a reload does not post again); GET {@code /cart/count} answers the
 * header's badge as JSON and is never cached.
 */
@WebServlet(name = "CartServlet", urlPatterns = "/cart/*")
public class CartServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(CartServlet.class.getName());

    @Inject
    Carts carts;

    @Inject
    Experiments experiments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/count".equals(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        int count = CartCookie.owner(request).map(carts::count).orElse(0);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"count\":" + count + "}");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The forms are plain HTML (the product page is cached for everyone): another site's page may not post them.
        if (!org.emporium.web.storefront.account.SameOrigin.allows(
                request.getHeader("Origin"), request.getHeader("Referer"), request.getHeader("Host"))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String action = Optional.ofNullable(request.getPathInfo()).orElse("");
        String sku = request.getParameter("sku");
        String cartPage = request.getContextPath() + "/cart.xhtml";
        try {
            switch (action) {
                case "/add" -> {
                    requireSku(sku);
                    carts.add(CartCookie.ownerOrNew(request, response), sku, quantity(request, 1));
                    recordConversion(request, response);
                    redirect(response, cartPage + "?added=" + encode(sku));
                }
                case "/update" -> {
                    requireSku(sku);
                    Optional<String> owner = CartCookie.owner(request);
                    if (owner.isPresent()) {
                        carts.change(owner.get(), sku, quantity(request, 0));
                    }
                    redirect(response, cartPage);
                }
                case "/save-for-later", "/move-to-cart" -> {
                    requireSku(sku);
                    Optional<String> owner = CartCookie.owner(request);
                    if (owner.isPresent()) {
                        if (action.equals("/save-for-later")) {
                            carts.saveForLater(owner.get(), sku);
                        } else {
                            carts.moveToCart(owner.get(), sku);
                        }
                    }
                    redirect(response, cartPage);
                }
                case "/acknowledge" -> {
                    CartCookie.owner(request).ifPresent(carts::acknowledgePrices);
                    redirect(response, cartPage);
                }
                default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (BusinessRuleViolation refused) {
            Object[] args = refused.arguments();
            String available = args.length > 1 ? String.valueOf(args[1]) : "";
            redirect(
                    response,
                    cartPage + "?refused=" + encode(refused.messageKey()) + "&sku=" + encode(sku == null ? "" : sku)
                            + "&n=" + encode(available));
        }
    }

    private void recordConversion(HttpServletRequest request, HttpServletResponse response) {
        try {
            experiments.recordConversion(Visitor.idOf(request, response), ConversionKind.ADD_TO_CART);
        } catch (RuntimeException e) {
            // the item is in the cart; a lost count of an experiment must not undo that for the shopper
            LOG.log(Level.WARNING, "Could not count an add-to-cart for the experiments", e);
        }
    }

    private static void requireSku(String sku) {
        if (sku == null || sku.isBlank() || sku.length() > 40) {
            throw new BusinessRuleViolation("cart.sku.unavailable", String.valueOf(sku));
        }
    }

    private static int quantity(HttpServletRequest request, int fallback) {
        String text = request.getParameter("quantity");
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new BusinessRuleViolation("inventory.quantity.positive", text);
        }
    }

    private static void redirect(HttpServletResponse response, String location) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
