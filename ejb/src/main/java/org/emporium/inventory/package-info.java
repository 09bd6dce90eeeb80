/** Inventory: warehouses, stock per SKU and warehouse, reservations for orders and the stock movement log. */
package org.emporium.inventory;
