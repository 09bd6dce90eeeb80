package org.emporium.merchandising.control;

/** What one product sold in a window: units, and the number of orders that held it. */
public record SalesTotal(long productId, long units, long orders) {}
