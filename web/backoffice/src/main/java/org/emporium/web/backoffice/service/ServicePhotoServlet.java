package org.emporium.web.backoffice.service;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.emporium.order.boundary.ServiceDesk;
import org.emporium.platform.media.ImageFile;
import org.emporium.web.ui.ImageResponse;

/**
 * {@code GET /admin/orders/service-photo/{id}}: a photo a shopper sent with a service request, for the service desk
 * (order clerks only, by web.xml's constraint on {@code /orders/*} and the desk's role).
 */
@WebServlet("/orders/service-photo/*")
public class ServicePhotoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ServiceDesk desk;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Optional<ImageFile> photo = path != null && path.matches("/\\d{1,18}")
                ? desk.photo(Long.parseLong(path.substring(1)))
                : Optional.empty();
        if (photo.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ImageResponse.send(photo.get().contentType(), photo.get().bytes(), response);
    }
}
