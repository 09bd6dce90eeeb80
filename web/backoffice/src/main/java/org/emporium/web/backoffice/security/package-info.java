/** Who may use the back office: the staff login against the staff directory, the roles, the logout. */
package org.emporium.web.backoffice.security;
