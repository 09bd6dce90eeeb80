/** The coupon-expiry job: ends the coupons whose window has closed and that were never used. */
package org.emporium.batch.couponexpiry;
