/** The storefront's home page: where to start shopping and what is new. */
package org.emporium.web.storefront.home;
