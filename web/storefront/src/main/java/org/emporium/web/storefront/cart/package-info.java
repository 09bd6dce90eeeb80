/** The cart in the storefront: the cart cookie, the add/update endpoints behind plain forms, and the cart page. */
package org.emporium.web.storefront.cart;
