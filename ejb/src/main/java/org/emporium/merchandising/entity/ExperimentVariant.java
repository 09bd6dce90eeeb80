package org.emporium.merchandising.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * A variant of an experiment: the campaign page it shows and its share of the traffic. The counters are
 * read-only here: they are only ever raised by an atomic UPDATE, so saving a variant cannot lose a count.
 */
@Entity
@Table(name = "experiment_variant")
public class ExperimentVariant implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "experiment_variant_seq", sequenceName = "experiment_variant_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "experiment_variant_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "experiment_id")
    private Experiment experiment;

    private int position;

    private String label;

    @Column(name = "page_id")
    private Long pageId;

    private int weight;

    @Column(insertable = false, updatable = false)
    private long views;

    @Column(insertable = false, updatable = false)
    private long visitors;

    @Column(name = "add_to_cart", insertable = false, updatable = false)
    private long addToCart;

    @Column(insertable = false, updatable = false)
    private long orders;

    protected ExperimentVariant() {}

    ExperimentVariant(Experiment experiment, int position, String label, Long pageId, int weight) {
        this.experiment = experiment;
        this.position = position;
        this.label = label;
        this.pageId = pageId;
        this.weight = weight;
    }

    void checkRules() {
        label = Texts.trimmed(label);
        Texts.requireText(label, 40, "merchandising.experiment.variant.label", "merchandising.label.size");
        if (pageId == null) {
            throw new BusinessRuleViolation("merchandising.experiment.page.required");
        }
        if (weight < 0 || weight > 10_000) {
            throw new BusinessRuleViolation("merchandising.experiment.weight.range");
        }
    }

    void renumber(int position) {
        this.position = position;
    }

    /** Visitors who added to the cart, per visitor who saw the variant; 0 before anyone came. */
    public double getAddToCartRate() {
        return visitors == 0 ? 0 : (double) addToCart / visitors;
    }

    public double getOrderRate() {
        return visitors == 0 ? 0 : (double) orders / visitors;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
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

    public long getViews() {
        return views;
    }

    public long getVisitors() {
        return visitors;
    }

    public long getAddToCart() {
        return addToCart;
    }

    public long getOrders() {
        return orders;
    }
}
