/** The promotion engine: pure Java, it finds the best valid combination of campaigns for a cart and explains it. */
package org.emporium.promotion.control;
