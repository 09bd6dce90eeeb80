/** The local carrier-query simulator's HTTP side, for development and test instances. */
package org.emporium.web.storefront.tracking;
