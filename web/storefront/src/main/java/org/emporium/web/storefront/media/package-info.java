/** Serves the catalogue's stored images (logos, product photos) to shoppers' browsers and the back office. */
package org.emporium.web.storefront.media;
