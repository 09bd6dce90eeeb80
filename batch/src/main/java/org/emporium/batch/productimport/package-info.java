/**
 * The {@code product-import} job: products and their SKUs from an uploaded spreadsheet (xlsx or CSV), bad rows
 * skipped into a row-by-row report, resumable at the last committed row.
 */
package org.emporium.batch.productimport;
