package org.emporium.web.storefront.media;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.emporium.catalog.boundary.MediaLibrary;
import org.emporium.catalog.entity.Media;

/**
 * {@code /media/{id}}: the bytes of a stored image. A media row never changes (a new upload is a new row),
 * so browsers and proxies may keep a copy for a year without asking again; the ETag is the SHA-256 of the
 * bytes, so a revalidation costs one indexed lookup and no bytes. The back office (at /admin on the same
 * host) shows its images from here too.
 */
@WebServlet(name = "MediaServlet", urlPatterns = "/media/*")
public class MediaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String CACHE_FOREVER = "public, max-age=31536000, immutable";

    @Inject
    MediaLibrary media;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Long> id = id(request.getPathInfo());
        if (id.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            Optional<String> sha256 = media.fingerprint(id.get());
            if (sha256.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            if (matches(ifNoneMatch, etag(sha256.get()))) {
                cacheHeaders(response, sha256.get());
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
        }
        Optional<Media> found = media.find(id.get());
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Media image = found.get();
        cacheHeaders(response, image.getSha256());
        // web.xml gives every response of this WAR a UTF-8 charset; an image has none (Servlet 6 lets null clear it).
        response.setCharacterEncoding((String) null);
        response.setContentType(image.getContentType());
        response.setContentLength(image.getBytes().length);
        response.getOutputStream().write(image.getBytes());
    }

    private static void cacheHeaders(HttpServletResponse response, String sha256) {
        response.setHeader("ETag", etag(sha256));
        response.setHeader("Cache-Control", CACHE_FOREVER);
        // The type comes from the checked content; browsers must not guess another one.
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
    }

    static String etag(String sha256) {
        return "\"" + sha256 + "\"";
    }

    /** RFC 9110 If-None-Match: a list of tags, weak ones compared weakly, or a star for any. */
    static boolean matches(String ifNoneMatch, String etag) {
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }

    /** The id from a path like {@code /1234}; anything else is no id. */
    static Optional<Long> id(String pathInfo) {
        if (pathInfo == null || !pathInfo.matches("/[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(pathInfo.substring(1)));
    }
}
