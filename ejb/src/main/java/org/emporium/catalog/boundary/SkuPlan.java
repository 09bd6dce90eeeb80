package org.emporium.catalog.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * What generating the SKU matrix would do, before anything is saved: the rows of the new matrix (kept
 * SKUs with their stored fields, new ones marked added) and the codes of the SKUs it would remove.
 */
public record SkuPlan(List<ProductDraft.SkuDraft> rows, List<String> removedCodes) implements Serializable {}
