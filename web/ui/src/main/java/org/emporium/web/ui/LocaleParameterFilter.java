package org.emporium.web.ui;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Applies a language link ({@code ?lang=zh-CN}) before the page renders. The switch is a plain link rather
 * than a form, so it works on every page, needs no view state and never expires.
 */
@WebFilter(filterName = "emporium-locale", urlPatterns = "*.xhtml", dispatcherTypes = DispatcherType.REQUEST)
public class LocaleParameterFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    LocaleSwitch locale;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Only GET: reading a POST body here would decode it before Faces has set its character encoding.
        if ("GET".equals(request.getMethod())) {
            String requested = request.getParameter(LocaleSwitch.PARAMETER);
            if (requested != null) {
                locale.switchTo(requested);
            }
        }
        chain.doFilter(request, response);
    }
}
