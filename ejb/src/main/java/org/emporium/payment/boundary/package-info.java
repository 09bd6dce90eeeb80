/** What shoppers' pages, staff, gateways' callbacks and other contexts call to pay, refund and read accounts. */
package org.emporium.payment.boundary;
