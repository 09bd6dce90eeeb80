/** Orders: placement from a checkout, the order state machine, amount lines, and closing unpaid orders. */
package org.emporium.order;
