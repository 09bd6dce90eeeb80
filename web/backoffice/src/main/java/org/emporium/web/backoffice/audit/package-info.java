/** The operation audit log, as staff read it. */
package org.emporium.web.backoffice.audit;
