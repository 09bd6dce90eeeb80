/** The shop as shoppers see it at /: one package per page or part of the page. */
package org.emporium.web.storefront;
