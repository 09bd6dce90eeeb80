/** What the storefront calls to fill, read and empty carts, and to merge a guest's cart into a shopper's. */
package org.emporium.cart.boundary;
