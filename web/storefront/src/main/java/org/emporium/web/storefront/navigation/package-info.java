/** The category navigation in every storefront page's header. */
package org.emporium.web.storefront.navigation;
