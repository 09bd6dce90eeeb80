/** The catalogue in the back office: the product list and the product editor. */
package org.emporium.web.backoffice.catalog;
