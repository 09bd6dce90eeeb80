/** The storefront's promotion pages: the coupon centre, where a shopper claims coupons. */
package org.emporium.web.storefront.promotion;
