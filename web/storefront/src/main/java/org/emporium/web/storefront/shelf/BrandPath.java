package org.emporium.web.storefront.shelf;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.emporium.web.ui.LocaleSwitch;

/**
 * {@code /brand/<slug>}: a brand's page at an address worth sharing, rendered by {@code brand.xhtml}.
 * A servlet rather than a filter, so that the page cache's filter runs before it.
 */
@WebServlet(name = "emporium-brand-path", urlPatterns = "/brand/*")
public class BrandPath extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    LocaleSwitch locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String slug = slug(request.getPathInfo());
        if (slug == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // The language filter sees *.xhtml requests only; a language link on this page lands here.
        String language = request.getParameter(LocaleSwitch.PARAMETER);
        if (language != null) {
            locale.switchTo(language);
        }
        request.getRequestDispatcher("/brand.xhtml?slug=" + URLEncoder.encode(slug, StandardCharsets.UTF_8))
                .forward(request, response);
    }

    /** The slug from {@code /<slug>}, or null for anything else (no slug, a deeper path). */
    static String slug(String pathInfo) {
        if (pathInfo == null || pathInfo.length() < 2 || pathInfo.indexOf('/', 1) >= 0) {
            return null;
        }
        return pathInfo.substring(1);
    }
}
