/** Orders inside the application on PostgreSQL: placement under a flash sale, idempotent submit, closing unpaid orders. */
package org.emporium.systemtest.order;
