/** Catalogue logic behind the boundary: queries and the events a change publishes. */
package org.emporium.catalog.control;
