/** The order clerks' pages: the order list with its filters, and one order with its history and next steps. */
package org.emporium.web.backoffice.orders;
