/** The {@code catalog-export} job: every product's SKUs as one CSV file that Excel opens with its Chinese intact. */
package org.emporium.batch.catalogexport;
