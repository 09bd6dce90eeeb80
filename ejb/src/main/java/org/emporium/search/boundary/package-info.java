/** What the storefront, the back office and the batch jobs call to search, suggest and keep the index current. */
package org.emporium.search.boundary;
