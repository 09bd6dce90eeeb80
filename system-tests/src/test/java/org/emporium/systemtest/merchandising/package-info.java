/** Merchandising inside the deployed application: order events into rankings, slots, campaign pages, experiments. */
package org.emporium.systemtest.merchandising;
