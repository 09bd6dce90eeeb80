/** The catalogue: categories, products (SPU) and their SKUs with prices. */
package org.emporium.catalog;
