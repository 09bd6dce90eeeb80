/**
 * The bank's direct-connect gateway and the card acquirer's instalment page, both spoken in the UnionPay online
 * gateway's protocol (signed form posts, signed back notifications, query and refund), with the JDK only.
 */
package org.emporium.payment.control.bank;
