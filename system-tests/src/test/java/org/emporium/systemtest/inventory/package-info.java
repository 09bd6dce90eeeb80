/** Inventory inside the application on PostgreSQL: reservations under concurrency, release, consumption, the log. */
package org.emporium.systemtest.inventory;
