/** Shopper accounts, the one-time codes sent to them and their password-reset tokens. */
package org.emporium.customer.entity;
