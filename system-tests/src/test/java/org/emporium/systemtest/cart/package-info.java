/** Carts inside the application on PostgreSQL: stock and limits on adding, repricing and notices on every view. */
package org.emporium.systemtest.cart;
