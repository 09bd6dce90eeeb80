/** Shopper accounts inside the application: registration with an SMS code, password recovery by mail and SMS. */
package org.emporium.systemtest.customer;
