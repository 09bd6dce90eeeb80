/** The Lucene index of products: analysis, documents, queries, facets, suggestions and spelling. */
package org.emporium.search.control;
