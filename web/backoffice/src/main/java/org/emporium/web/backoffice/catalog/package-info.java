/** The catalogue in the back office: products and their editor, the category tree, attributes and brands. */
package org.emporium.web.backoffice.catalog;
