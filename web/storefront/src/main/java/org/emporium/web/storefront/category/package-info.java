/** A category's page: its sub-categories and the products on sale in it. */
package org.emporium.web.storefront.category;
