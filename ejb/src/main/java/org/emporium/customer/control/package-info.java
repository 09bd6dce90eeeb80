/** The rules of accounts: one-time codes and tokens, request limits, password hashing and strength. */
package org.emporium.customer.control;
