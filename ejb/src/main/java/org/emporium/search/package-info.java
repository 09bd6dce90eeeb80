/** Site search: the product index on each node, suggestions, search rules and the search log. */
package org.emporium.search;
