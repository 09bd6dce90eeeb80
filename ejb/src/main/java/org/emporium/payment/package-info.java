/** Payment: internal accounts (balance, points, gift cards), gateways, tenders of an order's payment, and the ledger. */
package org.emporium.payment;
