/** Customers: shopper accounts, registration with an SMS code, password recovery by email or SMS. */
package org.emporium.customer;
