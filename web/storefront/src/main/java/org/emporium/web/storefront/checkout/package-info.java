/** Checkout and the order confirmation: delivery address, shipping method, an idempotent submit, the placed order. */
package org.emporium.web.storefront.checkout;
