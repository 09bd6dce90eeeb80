/** Promotions inside the application on PostgreSQL: discounts on placed orders, budgets under concurrent checkouts. */
package org.emporium.systemtest.promotion;
