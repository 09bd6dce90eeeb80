/** Finance's pages: gift card batches, manual balance adjustments, and the payment ledger with its export. */
package org.emporium.web.backoffice.finance;
