package org.emporium.web.storefront.chat;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.emporium.chat.boundary.AttachmentView;
import org.emporium.chat.boundary.Conversations;
import org.emporium.chat.boundary.MessageView;
import org.emporium.chat.entity.Attachment;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.platform.json.Jsons;
import org.emporium.web.ui.ImageResponse;
import org.emporium.web.ui.Messages;

/**
 * Images in the live chat, for the widget on any page of the retailer's sites (so cross-origin, without
 * cookies: the visitor's chat token says who asks).
 *
 * <ul>
 *   <li>{@code POST /chat/attachment} with the image as the body, the token in {@code X-Emporium-Chat-Token}
 *       and the file's name, URL-encoded, in {@code X-File-Name}: the image goes into the visitor's open
 *       conversation. Answers 201 with the message, or 400/413 with {@code {"error": text}} in the visitor's
 *       language (parameter {@code lang}, else {@code Accept-Language}). A body over the limit is refused without being read to its end.
 *   <li>{@code GET /chat/attachment/{id}?t=token}: the image, to its own visitor only (404 for anyone else).
 * </ul>
 */
@WebServlet(
        name = "ChatAttachmentServlet",
        urlPatterns = {"/chat/attachment", "/chat/attachment/*"})
public class ChatAttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String TOKEN_HEADER = "X-Emporium-Chat-Token";
    static final String NAME_HEADER = "X-File-Name";

    @Inject
    Conversations conversations;

    @Override
    protected void doOptions(HttpServletRequest request, HttpServletResponse response) {
        allowAnyOrigin(response);
        response.setHeader("Access-Control-Allow-Methods", "POST, GET");
        response.setHeader("Access-Control-Allow-Headers", "Content-Type, " + TOKEN_HEADER + ", " + NAME_HEADER);
        response.setHeader("Access-Control-Max-Age", "600");
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        allowAnyOrigin(response);
        String lang = Optional.ofNullable(request.getParameter("lang"))
                .orElse(request.getLocale() == null ? "" : request.getLocale().getLanguage());
        Locale locale = lang.startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        String token = request.getHeader(TOKEN_HEADER);
        if (token == null || token.isBlank()) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, locale, "chat.visitor.unknown");
            return;
        }
        if (request.getContentLengthLong() > Attachment.MAX_BYTES) {
            refuse(response, 413, locale, "media.tooLarge", Attachment.MAX_BYTES / (1024 * 1024));
            return;
        }
        Optional<byte[]> body = readAtMost(request.getInputStream(), Attachment.MAX_BYTES);
        if (body.isEmpty()) {
            refuse(response, 413, locale, "media.tooLarge", Attachment.MAX_BYTES / (1024 * 1024));
            return;
        }
        String name = request.getHeader(NAME_HEADER);
        try {
            MessageView sent = conversations.attach(
                    token, name == null ? null : URLDecoder.decode(name, StandardCharsets.UTF_8), body.get());
            response.setStatus(HttpServletResponse.SC_CREATED);
            response.setContentType("application/json");
            response.getWriter()
                    .write(Jsons.createObjectBuilder()
                            .add("id", sent.id())
                            .add("attachment", sent.attachmentId())
                            .build()
                            .toString());
        } catch (RuntimeException e) {
            BusinessRuleViolation broken = violation(e).orElseThrow(() -> e);
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, locale, broken.messageKey(), broken.arguments());
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        allowAnyOrigin(response);
        Optional<AttachmentView> image = id(request.getPathInfo())
                .flatMap(id -> conversations.attachment(String.valueOf(request.getParameter("t")), id));
        if (image.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AttachmentView found = image.get();
        ImageResponse.send(found.contentType(), found.bytes(), response);
    }

    /** The request's body, or nothing when it is longer than {@code max} bytes (then not read further). */
    static Optional<byte[]> readAtMost(InputStream in, int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        int total = 0;
        for (int n; (n = in.read(buffer)) != -1; ) {
            total += n;
            if (total > max) {
                return Optional.empty();
            }
            out.write(buffer, 0, n);
        }
        return Optional.of(out.toByteArray());
    }

    static Optional<Long> id(String pathInfo) {
        if (pathInfo == null || !pathInfo.matches("/\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(pathInfo.substring(1)));
    }

    private static Optional<BusinessRuleViolation> violation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BusinessRuleViolation broken) {
                return Optional.of(broken);
            }
        }
        return Optional.empty();
    }

    private static void refuse(HttpServletResponse response, int status, Locale locale, String key, Object... arguments)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write(Jsons.createObjectBuilder()
                        .add("error", Messages.text(Messages.RULES, locale, key, arguments))
                        .add("key", key)
                        .build()
                        .toString());
    }

    private static void allowAnyOrigin(HttpServletResponse response) {
        // The widget runs on the retailer's other sites too; the token, not a cookie, proves the visitor.
        response.setHeader("Access-Control-Allow-Origin", "*");
    }
}
