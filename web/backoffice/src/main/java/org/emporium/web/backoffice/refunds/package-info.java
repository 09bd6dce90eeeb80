/** The back office's refunds: giving back chosen lines of a paid order with a reason, and the list of refunds. */
package org.emporium.web.backoffice.refunds;
