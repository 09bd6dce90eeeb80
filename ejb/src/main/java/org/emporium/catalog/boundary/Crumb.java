package org.emporium.catalog.boundary;

import java.io.Serializable;

/** A category as a link: in breadcrumbs, sub-category lists and facet headers. */
public record Crumb(long id, String slug, String name) implements Serializable {}
