/** Carts: a guest's (by cookie) and a shopper's, checked against stock and limits, repriced on every view. */
package org.emporium.cart;
