/** The shopper's landing pages on the shelf: product lists with facet filters, brand pages, and the cache of their rendered HTML. */
package org.emporium.web.storefront.shelf;
