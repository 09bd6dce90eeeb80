/**
 * MicroProfile Health checks of the node: readiness of the database, the broker and the schema, liveness
 * of the JVM. They live in a WAR because Payara activates MicroProfile Health only for web modules; they
 * call the platform's boundaries like any page would.
 */
package org.emporium.web.storefront.health;
