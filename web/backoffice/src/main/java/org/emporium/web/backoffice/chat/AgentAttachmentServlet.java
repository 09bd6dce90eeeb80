package org.emporium.web.backoffice.chat;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.emporium.chat.boundary.AgentDesk;
import org.emporium.chat.boundary.AttachmentView;
import org.emporium.web.ui.ImageResponse;

/**
 * {@code GET /admin/chat/attachment/{id}}: an image a visitor sent, for the agent console (agents only, by
 * web.xml). Served as the image type it was checked to be, never sniffed by the browser.
 */
@WebServlet("/chat/attachment/*")
public class AgentAttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    AgentDesk desk;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Optional<AttachmentView> image = path != null && path.matches("/\\d{1,18}")
                ? desk.attachment(Long.parseLong(path.substring(1)))
                : Optional.empty();
        if (image.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ImageResponse.send(image.get().contentType(), image.get().bytes(), response);
    }
}
