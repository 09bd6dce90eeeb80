/** The storefront's merchandising: slots, best sellers, "also bought", campaign pages and the visitor cookie of A/B experiments. */
package org.emporium.web.storefront.merchandising;
