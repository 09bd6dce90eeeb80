package org.emporium.web.storefront.service;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.emporium.order.boundary.ServiceCentre;
import org.emporium.platform.media.ImageFile;
import org.emporium.web.storefront.account.SignedIn;
import org.emporium.web.ui.ImageResponse;

/**
 * {@code GET /service/photo/{id}}: a photo of one of the signed-in shopper's service requests, to that shopper only
 * (404 for anyone else, as for a photo that does not exist). Served as the image type it was checked to be, never
 * sniffed by the browser.
 */
@WebServlet("/service/photo/*")
public class ServicePhotoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ServiceCentre centre;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Optional<String> owner = SignedIn.of(request).map(SignedIn::owner);
        Optional<ImageFile> photo = owner.isPresent() && path != null && path.matches("/\\d{1,18}")
                ? centre.photo(owner.get(), Long.parseLong(path.substring(1)))
                : Optional.empty();
        if (photo.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ImageResponse.send(photo.get().contentType(), photo.get().bytes(), response);
    }
}
