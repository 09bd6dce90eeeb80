package org.emporium.merchandising.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * An A/B experiment on a campaign page: visitors of that page's URL see one of the variants (each a campaign
 * page), chosen by weight and the same for a visitor every time.
 */
@Entity
@Table(name = "experiment")
public class Experiment implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "experiment_seq", sequenceName = "experiment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "experiment_seq")
    private Long id;

    private String name;

    @Column(name = "page_id")
    private Long pageId;

    @Enumerated(EnumType.STRING)
    private ExperimentStatus status = ExperimentStatus.DRAFT;

    @OneToMany(mappedBy = "experiment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ExperimentVariant> variants = new ArrayList<>();

    @Version
    private long version;

    protected Experiment() {}

    public Experiment(String name, Long pageId) {
        this.name = name;
        this.pageId = pageId;
    }

    public ExperimentVariant addVariant(String label, Long variantPageId, int weight) {
        if (status != ExperimentStatus.DRAFT) {
            throw new BusinessRuleViolation("merchandising.experiment.notDraft");
        }
        ExperimentVariant variant = new ExperimentVariant(this, variants.size() + 1, label, variantPageId, weight);
        variants.add(variant);
        return variant;
    }

    public void removeVariant(int index) {
        if (status != ExperimentStatus.DRAFT) {
            throw new BusinessRuleViolation("merchandising.experiment.notDraft");
        }
        variants.remove(index);
        for (int i = 0; i < variants.size(); i++) {
            variants.get(i).renumber(i + 1);
        }
    }

    public void checkRules() {
        name = Texts.trimmed(name);
        Texts.requireText(name, 100, "merchandising.name.required", "merchandising.name.size");
        if (pageId == null) {
            throw new BusinessRuleViolation("merchandising.experiment.page.required");
        }
        Set<String> labels = new HashSet<>();
        for (ExperimentVariant variant : variants) {
            variant.checkRules();
            if (!labels.add(variant.getLabel())) {
                throw new BusinessRuleViolation("merchandising.experiment.variant.duplicate", variant.getLabel());
            }
        }
    }

    /** Only an experiment with two variants or more, some weight among them, may split traffic. */
    public void start() {
        checkRules();
        if (status != ExperimentStatus.DRAFT) {
            throw new BusinessRuleViolation("merchandising.experiment.notDraft");
        }
        if (variants.size() < 2) {
            throw new BusinessRuleViolation("merchandising.experiment.variants.tooFew");
        }
        if (variants.stream().mapToInt(ExperimentVariant::getWeight).sum() <= 0) {
            throw new BusinessRuleViolation("merchandising.experiment.weights.zero");
        }
        status = ExperimentStatus.RUNNING;
    }

    public void stop() {
        if (status != ExperimentStatus.RUNNING) {
            throw new BusinessRuleViolation("merchandising.experiment.notRunning");
        }
        status = ExperimentStatus.STOPPED;
    }

    public int[] weights() {
        return variants.stream().mapToInt(ExperimentVariant::getWeight).toArray();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getPageId() {
        return pageId;
    }

    public void setPageId(Long pageId) {
        if (status != ExperimentStatus.DRAFT && pageId != null && !pageId.equals(this.pageId)) {
            throw new BusinessRuleViolation("merchandising.experiment.notDraft");
        }
        this.pageId = pageId;
    }

    public ExperimentStatus getStatus() {
        return status;
    }

    public List<ExperimentVariant> getVariants() {
        return Collections.unmodifiableList(variants);
    }

    public long getVersion() {
        return version;
    }
}
