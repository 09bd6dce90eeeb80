/** The back office's search pages: search rules and the search report. */
package org.emporium.web.backoffice.search;
