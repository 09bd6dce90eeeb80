/** Merchandising: the storefront's navigation, slots, campaign pages, A/B experiments, best sellers and "also bought". */
package org.emporium.merchandising;
