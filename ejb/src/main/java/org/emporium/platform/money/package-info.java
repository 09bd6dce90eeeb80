/** Money as an amount with its currency, exact to the cent. */
package org.emporium.platform.money;
