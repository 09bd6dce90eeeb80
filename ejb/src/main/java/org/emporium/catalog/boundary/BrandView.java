package org.emporium.catalog.boundary;

import java.io.Serializable;

/** A brand as its page shows it; the story is rich text sanitised when staff saved it. */
public record BrandView(long id, String slug, String name, String story, Long logoMediaId) implements Serializable {

    public String logoUrl() {
        return logoMediaId == null ? null : "/media/" + logoMediaId;
    }
}
