package org.emporium.order.boundary;

import java.io.Serializable;
import org.emporium.order.entity.ServicePhoto;

/** A photo of a request as pages list it: its id (for its address), name and size; the bytes are served apart. */
public record ServicePhotoInfo(long id, String fileName, int width, int height) implements Serializable {

    static ServicePhotoInfo of(ServicePhoto photo) {
        return new ServicePhotoInfo(photo.getId(), photo.getFileName(), photo.getWidth(), photo.getHeight());
    }
}
