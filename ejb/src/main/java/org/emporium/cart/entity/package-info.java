/** The cart and its lines, which keep their own limits (quantities, number of lines). */
package org.emporium.cart.entity;
