/** The sales order with its lines, amounts and status history; the order itself enforces which transitions are allowed. */
package org.emporium.order.entity;
