/** What other contexts and the back office call to read, reserve, release, consume and receive stock. */
package org.emporium.inventory.boundary;
