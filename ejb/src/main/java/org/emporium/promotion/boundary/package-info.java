/** What other contexts and the pages call: pricing a cart with the live campaigns, redeeming at checkout, the campaign desk. */
package org.emporium.promotion.boundary;
