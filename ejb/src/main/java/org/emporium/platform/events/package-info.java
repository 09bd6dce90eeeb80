/** Domain events: written to the outbox inside the business transaction, relayed to Artemis after commit, consumed idempotently. */
package org.emporium.platform.events;
