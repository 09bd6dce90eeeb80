/** What the storefront, the back office and other contexts call to read and change the catalogue. */
package org.emporium.catalog.boundary;
