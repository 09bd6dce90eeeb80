/** Alipay's open API through Alipay's own SDK: page and wap pay, notifications, query, refund, the daily bill. */
package org.emporium.payment.control.alipay;
