/** Staff credentials and login throttling for the back-office login, the audit trail and its event listener. */
package org.emporium.admin.boundary;
