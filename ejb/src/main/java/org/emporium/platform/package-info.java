/** The shared kernel every context may use: schema migrations, the event outbox, messaging names, health and money. */
package org.emporium.platform;
