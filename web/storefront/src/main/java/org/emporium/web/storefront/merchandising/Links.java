package org.emporium.web.storefront.merchandising;

/** Where staff-entered links and images point, as the browser needs them under this WAR's context path. */
public final class Links {

    private Links() {}

    /** A link inside the shop ("/campaign/x") gets the context path; a web address stays as it is. */
    public static String href(String contextPath, String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        return url.startsWith("/") && !url.startsWith("//") ? contextPath + url : url;
    }

    /** Uploaded images are served from the media table at /media/{id}. */
    public static String media(String contextPath, Long mediaId) {
        return mediaId == null ? null : contextPath + "/media/" + mediaId;
    }
}
