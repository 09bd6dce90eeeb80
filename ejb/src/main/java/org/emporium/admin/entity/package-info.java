/** Staff accounts, their login attempts and audit entries. */
package org.emporium.admin.entity;
