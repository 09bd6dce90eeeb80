/** The search-reindex job: rebuilds the search index of the node that runs it from the catalogue. */
package org.emporium.batch.searchreindex;
