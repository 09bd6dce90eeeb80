/** How payments are held, captured, released and refunded, posted to the ledger, and sent through gateways. */
package org.emporium.payment.control;
