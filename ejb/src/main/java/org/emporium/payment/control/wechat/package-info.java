/** WeChat Pay API v3 as it is spoken on the wire: signed requests, H5 pay, encrypted notifications, query, refund. */
package org.emporium.payment.control.wechat;
