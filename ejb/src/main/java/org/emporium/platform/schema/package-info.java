/** Applies the Flyway migrations of the ddl module when the application starts. */
package org.emporium.platform.schema;
