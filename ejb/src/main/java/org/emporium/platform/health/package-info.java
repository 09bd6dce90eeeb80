/** MicroProfile Health checks: readiness of the database, the broker and the schema; liveness of the JVM. */
package org.emporium.platform.health;
