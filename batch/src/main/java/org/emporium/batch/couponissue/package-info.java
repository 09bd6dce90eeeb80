/** The coupon-issue job: gives each member of a segment one coupon of a campaign, and tells them if they agreed. */
package org.emporium.batch.couponissue;
