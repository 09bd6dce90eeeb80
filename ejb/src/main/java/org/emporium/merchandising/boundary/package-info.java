/** What the storefront, the back office and the order events call to read and shape the shop's merchandising. */
package org.emporium.merchandising.boundary;
