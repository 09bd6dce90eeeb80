/** Administration: staff accounts and roles, and the operation audit log. */
package org.emporium.admin;
