/** WeChat Pay API v3 through WeChat Pay's own SDK: H5 pay, encrypted notifications, query, refund, the daily bill. */
package org.emporium.payment.control.wechat;
