/** The back office's service desk: shoppers' refund, return, exchange, complaint and suggestion requests. */
package org.emporium.web.backoffice.service;
