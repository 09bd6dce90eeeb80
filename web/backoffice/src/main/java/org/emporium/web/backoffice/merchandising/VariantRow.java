package org.emporium.web.backoffice.merchandising;

import java.io.Serializable;

/** A variant as the experiment form edits it, before it is sent to the boundary. */
public class VariantRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String label;
    private Long pageId;
    private int weight = 50;

    public VariantRow() {}

    public VariantRow(String label, Long pageId, int weight) {
        this.label = label;
        this.pageId = pageId;
        this.weight = weight;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public Long getPageId() {
        return pageId;
    }

    public void setPageId(Long pageId) {
        this.pageId = pageId;
    }

    public int getWeight() {
        return weight;
    }

    public void setWeight(int weight) {
        this.weight = weight;
    }
}
