/** What the storefront, the back office and other contexts call to place, read and move orders along. */
package org.emporium.order.boundary;
