/** What pages call: registration, password recovery, checking a shopper's password. */
package org.emporium.customer.boundary;
