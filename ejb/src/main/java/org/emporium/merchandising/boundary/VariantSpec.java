package org.emporium.merchandising.boundary;

/** A variant as the experiment editor sends it: its label, the campaign page it shows and its weight. */
public record VariantSpec(String label, Long pageId, int weight) {}
