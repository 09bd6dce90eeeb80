/** The payment-reconciliation job: each gateway's bill of a day compared line by line with our books. */
package org.emporium.batch.paymentreconciliation;
