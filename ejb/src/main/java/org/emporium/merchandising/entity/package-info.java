/** Merchandising entities and value objects, each guarding its own rules. */
package org.emporium.merchandising.entity;
