/** Administration logic behind the boundary: the rules that decide when a staff login is throttled. */
package org.emporium.admin.control;
