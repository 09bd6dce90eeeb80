/** The warehouse page: a SKU's stock per warehouse, receipts, count corrections and the movement log. */
package org.emporium.web.backoffice.inventory;
