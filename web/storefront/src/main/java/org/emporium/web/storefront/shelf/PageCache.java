package org.emporium.web.storefront.shelf;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.emporium.catalog.boundary.Shelf;
import org.emporium.web.ui.LocaleSwitch;

/**
 * Keeps the rendered HTML of the shelf's pages (lists, brand pages, product pages) for anonymous GET
 * requests, by URL and language, on this node. A page is kept with the shelf's stamp for what it shows
 * (set by its bean as the request attribute {@link #TAG}) and served again while that stamp holds; every
 * node's shelf cache hears the catalogue's events, so a change reaches every node's pages at once, and
 * the shelf's time to live bounds the rest (merchandising fragments, publish windows that open by time).
 *
 * <p>The pages hold no form with view state and nothing of the visitor but the language, which is in the
 * key; the session cookie is the container's business and is not part of what is kept.
 */
@WebFilter(
        filterName = "emporium-page-cache",
        urlPatterns = {"/category.xhtml", "/product.xhtml", "/brand/*"},
        dispatcherTypes = DispatcherType.REQUEST)
public class PageCache extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The request attribute a page's bean sets to say what the page shows: {@code list} or {@code product:<id>}. */
    public static final String TAG = "org.emporium.shelf.tag";

    static final int MAX_PAGES = 5_000;

    @Inject
    Shelf shelf;

    @Inject
    LocaleSwitch locale;

    private final Map<String, Kept> pages = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!cacheable(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(request, locale.getCurrent().toLanguageTag());
        Kept kept = pages.get(key);
        if (kept != null && System.nanoTime() - kept.expiresAtNanos() < 0 && shelf.stamp(kept.tag()) == kept.stamp()) {
            response.setContentType(kept.contentType());
            response.setContentLength(kept.body().length);
            response.setHeader("X-Shelf-Cache", "hit");
            response.getOutputStream().write(kept.body());
            return;
        }
        // Anything changing while the page renders moves the list stamp: then the page is sent, not kept.
        long before = shelf.stamp("list");
        Capture capture = new Capture(response);
        chain.doFilter(request, capture);
        if (capture.failed) {
            return;
        }
        byte[] body = capture.body();
        Object tag = request.getAttribute(TAG);
        if (tag != null && capture.status == HttpServletResponse.SC_OK && shelf.stamp("list") == before) {
            if (pages.size() >= MAX_PAGES) {
                pages.clear();
            }
            pages.put(
                    key,
                    new Kept(
                            body,
                            capture.getContentType(),
                            tag.toString(),
                            shelf.stamp(tag.toString()),
                            System.nanoTime() + shelf.cacheSeconds() * 1_000_000_000L));
        }
        response.setContentLength(body.length);
        response.setHeader("X-Shelf-Cache", "miss");
        response.getOutputStream().write(body);
    }

    static String key(HttpServletRequest request, String language) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query) + "|" + language;
    }

    /** Only anonymous GETs that do not switch the language (the switch changes the session, not the page). */
    static boolean cacheable(HttpServletRequest request) {
        return "GET".equals(request.getMethod())
                && request.getUserPrincipal() == null
                && request.getParameter(LocaleSwitch.PARAMETER) == null;
    }

    record Kept(byte[] body, String contentType, String tag, long stamp, long expiresAtNanos) {}

    /** Collects what the page writes, so it can be kept as well as sent. */
    static final class Capture extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(32 * 1024);
        private ServletOutputStream stream;
        private PrintWriter writer;
        int status = SC_OK;
        boolean failed;

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            status = sc;
            failed = true;
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            status = sc;
            failed = true;
            super.sendError(sc);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            status = SC_FOUND;
            failed = true;
            super.sendRedirect(location);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        buffer.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        buffer.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("The page cache writes synchronously");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(buffer, charset), false);
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void setContentLength(int len) {
            // The length is set once the whole page is known.
        }

        @Override
        public void setContentLengthLong(long len) {
            // as above
        }

        @Override
        public void resetBuffer() {
            flushBuffer();
            buffer.reset();
        }

        @Override
        public void reset() {
            resetBuffer();
            super.reset();
        }

        byte[] body() {
            flushBuffer();
            return buffer.toByteArray();
        }
    }
}
