/** Order logic: placing an order in one transaction, computing its amounts, its events, and closing unpaid orders. */
package org.emporium.order.control;
