package org.emporium.web.storefront.merchandising;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the readable campaign URL /campaign/{slug} with the page campaign.xhtml. A path that is not a URL
 * name is a 404 without reaching Faces.
 */
@WebFilter(urlPatterns = "/campaign/*")
public class CampaignFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("^/campaign/([a-z0-9]+(?:-[a-z0-9]+)*)/?$");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Matcher m = PATH.matcher(
                request.getRequestURI().substring(request.getContextPath().length()));
        if (!m.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String slug = URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        request.getRequestDispatcher("/campaign.xhtml?slug=" + slug).forward(request, response);
    }
}
