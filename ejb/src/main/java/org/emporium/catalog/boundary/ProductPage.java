package org.emporium.catalog.boundary;

import java.util.List;
import org.emporium.catalog.entity.Product;

/** One page of a product list and how many products match in all. */
public record ProductPage(List<Product> products, long total) {}
