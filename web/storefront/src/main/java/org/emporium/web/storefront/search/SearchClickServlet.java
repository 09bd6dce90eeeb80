package org.emporium.web.storefront.search;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.search.boundary.SearchLog;

/**
 * {@code GET /search/click?s=<search id>&p=<product slug>}: counts a click on a search result in the search
 * log, then sends the shopper on to the product page. Only product pages of this shop are targets.
 */
@WebServlet("/search/click")
public class SearchClickServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(SearchClickServlet.class.getName());

    @Inject
    SearchLog log;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String slug = request.getParameter("p");
        if (slug == null || !slug.matches("^[a-z0-9][a-z0-9-]{0,119}$")) {
            response.sendRedirect(request.getContextPath() + "/");
            return;
        }
        try {
            log.clicked(Long.parseLong(request.getParameter("s")));
        } catch (NumberFormatException ignored) {
            // a hand-made link: no search to count it against
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not count a search click", e);
        }
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(
                request.getContextPath() + "/product.xhtml?slug=" + URLEncoder.encode(slug, StandardCharsets.UTF_8));
    }
}
