/** The rules behind merchandising: ranking order, co-purchase pairs, sticky variant assignment, event payloads, caching. */
package org.emporium.merchandising.control;
