/** Catalogue entities, each guarding its own rules. */
package org.emporium.catalog.entity;
