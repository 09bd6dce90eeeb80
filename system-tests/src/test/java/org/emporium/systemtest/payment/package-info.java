/** Payment on PostgreSQL: concurrent spending, gateway notifications, mixed tenders and their rollback. */
package org.emporium.systemtest.payment;
