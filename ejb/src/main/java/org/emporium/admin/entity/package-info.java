/** Staff accounts and audit entries. */
package org.emporium.admin.entity;
