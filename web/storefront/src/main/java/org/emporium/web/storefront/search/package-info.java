/** The storefront's search: the box with suggestions, the results page and the no-result page. */
package org.emporium.web.storefront.search;
