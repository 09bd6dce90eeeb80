/** Paying an order: the payment page, the gateways' notifications and returns, and the local Alipay simulator. */
package org.emporium.web.storefront.payment;
