/** The storefront's service centre (售后服务): a shopper's refund, return, exchange, complaint and suggestion requests. */
package org.emporium.web.storefront.service;
