/** Alipay's open API as it is spoken on the wire: RSA2 signatures, page and wap pay, notifications, query, refund. */
package org.emporium.payment.control.alipay;
