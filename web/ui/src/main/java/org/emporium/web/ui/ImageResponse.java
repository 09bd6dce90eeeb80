package org.emporium.web.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends an uploaded image that the server checked and stored (a chat attachment, a service request's photo): as
 * the type it was checked to be, never sniffed by the browser, sandboxed so that no script in it ever runs, and
 * cached privately only.
 */
public final class ImageResponse {

    private ImageResponse() {}

    public static void send(String contentType, byte[] bytes, HttpServletResponse response) throws IOException {
        response.setContentType(contentType);
        response.setContentLength(bytes.length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.setHeader("Cache-Control", "private, max-age=86400");
        response.getOutputStream().write(bytes);
    }
}
