/** The product page and the product card that lists show. */
package org.emporium.web.storefront.product;
