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
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.emporium.catalog.boundary.ShelfStamps;
import org.emporium.web.ui.LocaleSwitch;

/**
 * Keeps the rendered HTML of the shelf's pages (lists, brand pages, product pages) for anonymous GET
 * requests, by URL and language, on this node. A page is kept with the shelf's stamp for what it shows
 * (set by its bean as the request attribute {@link #TAG}) and served again while that stamp holds; every
 * node's shelf cache hears the catalogue's events, so a change reaches every node's pages at once, and
 * the shelf's time to live bounds the rest (merchandising fragments, publish windows that open by time).
 *
 * <p>The pages hold no form with view state and nothing of the visitor but the language, which is in the
 * key; the session cookie is the container's business and is not part of what is kept. A page served from
 * here opens no session (the language comes from the browser's header unless the visitor already has
 * one) and is kept gzipped, compressed once, and sent so to every browser that accepts it.
 */
@WebFilter(
        filterName = "emporium-page-cache",
        urlPatterns = {"/category.xhtml", "/product.xhtml", "/brand/*"},
        dispatcherTypes = DispatcherType.REQUEST)
public class PageCache extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The request attribute a page's bean sets to say what the page shows: {@code list} or {@code product:<id>}. */
    public static final String TAG = "org.emporium.shelf.tag";

    /**
     * Bounds on what is kept (pages are kept gzipped, 3–6 KB each): past either, the oldest quarter goes,
     * so a long tail of pages asked for once never throws out the pages everyone asks for all at once.
     */
    static final int MAX_PAGES = 40_000;

    static final long MAX_BYTES = 128L * 1024 * 1024;

    @Inject
    ShelfStamps stamps;

    @Inject
    LocaleSwitch locale;

    private final Map<String, Kept> pages = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!cacheable(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(request, language(request));
        boolean gzip = acceptsGzip(request.getHeader("Accept-Encoding"));
        response.setHeader("Vary", "Accept-Encoding");
        Kept kept = pages.get(key);
        if (kept != null && System.nanoTime() - kept.expiresAtNanos() < 0 && stamps.stamp(kept.tag()) == kept.stamp()) {
            response.setHeader("X-Shelf-Cache", "hit");
            send(response, kept.contentType(), gzip ? kept.gzipped() : gunzip(kept.gzipped()), gzip);
            return;
        }
        // Anything changing while the page renders moves the list stamp: then the page is sent, not kept.
        long before = stamps.stamp("list");
        Capture capture = new Capture(response);
        chain.doFilter(request, capture);
        if (capture.failed) {
            return;
        }
        byte[] body = capture.body();
        Object tag = request.getAttribute(TAG);
        boolean keep = tag != null && capture.status == HttpServletResponse.SC_OK && stamps.stamp("list") == before;
        byte[] gzipped = keep || gzip ? gzip(body) : null;
        if (keep) {
            keep(
                    key,
                    new Kept(
                            gzipped,
                            capture.getContentType(),
                            tag.toString(),
                            stamps.stamp(tag.toString()),
                            System.nanoTime() + stamps.cacheSeconds() * 1_000_000_000L));
        }
        response.setHeader("X-Shelf-Cache", "miss");
        send(response, capture.getContentType(), gzip ? gzipped : body, gzip);
    }

    private void keep(String key, Kept page) {
        Kept replaced = pages.put(key, page);
        long size = bytes.addAndGet(page.gzipped().length - (replaced == null ? 0 : replaced.gzipped().length));
        if (pages.size() > MAX_PAGES || size > MAX_BYTES) {
            evictOldest();
        }
    }

    /** Drops the quarter of the pages kept longest ago (and anything expired): one thread at a time. */
    private synchronized void evictOldest() {
        if (pages.size() <= MAX_PAGES && bytes.get() <= MAX_BYTES) {
            return;
        }
        List<Map.Entry<String, Kept>> byAge = new ArrayList<>(pages.entrySet());
        byAge.sort(Comparator.comparingLong(e -> e.getValue().expiresAtNanos()));
        int drop = Math.max(1, byAge.size() / 4);
        for (int i = 0; i < byAge.size(); i++) {
            Map.Entry<String, Kept> e = byAge.get(i);
            boolean expired = System.nanoTime() - e.getValue().expiresAtNanos() >= 0;
            if ((i < drop || expired) && pages.remove(e.getKey(), e.getValue())) {
                bytes.addAndGet(-e.getValue().gzipped().length);
            }
        }
    }

    private static void send(HttpServletResponse response, String contentType, byte[] body, boolean gzip)
            throws IOException {
        response.setContentType(contentType);
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * The visitor's language without opening a session for them: a visitor who has one may have chosen a
     * language with the switch; anyone else reads what their browser asks for, as the switch would guess.
     */
    private String language(HttpServletRequest request) {
        Locale chosen = request.getSession(false) == null
                ? LocaleSwitch.choose(request.getHeader("Accept-Language"))
                : locale.getCurrent();
        return chosen.toLanguageTag();
    }

    /** Whether the browser takes gzip: every browser does; a client that says nothing gets plain bytes. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.trim().split(";");
            if (parts[0].trim().equalsIgnoreCase("gzip")) {
                return parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        }
        return out.toByteArray();
    }

    static byte[] gunzip(byte[] zipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped))) {
            return in.readAllBytes();
        }
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

    /** A page as sent to browsers (gzipped), with the stamp of what it shows and when it expires. */
    record Kept(byte[] gzipped, String contentType, String tag, long stamp, long expiresAtNanos) {}

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
