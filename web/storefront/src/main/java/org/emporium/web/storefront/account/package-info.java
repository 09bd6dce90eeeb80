/** The shopper's account pages: quick registration with an SMS code, password recovery. */
package org.emporium.web.storefront.account;
