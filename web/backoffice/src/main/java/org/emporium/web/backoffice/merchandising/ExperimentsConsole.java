package org.emporium.web.backoffice.merchandising;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.emporium.merchandising.boundary.CampaignPages;
import org.emporium.merchandising.boundary.Experiments;
import org.emporium.merchandising.boundary.VariantSpec;
import org.emporium.merchandising.entity.CampaignPage;
import org.emporium.merchandising.entity.Experiment;
import org.emporium.merchandising.entity.ExperimentStatus;
import org.emporium.web.backoffice.security.CurrentUser;
import org.emporium.web.ui.LocaleSwitch;

/**
 * {@code merchandising/experiments.xhtml}: A/B experiments on campaign pages: create one, set its variants and
 * weights while it is a draft, start and stop it, and read views, visitors, add-to-cart and orders per variant
 * with their rates.
 */
@ViewScoped
@Named
public class ExperimentsConsole implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Experiments experiments;

    @Inject
    CampaignPages campaigns;

    @Inject
    CurrentUser user;

    @Inject
    LocaleSwitch locale;

    private List<Experiment> all;
    private List<CampaignPage> pages;
    private String newName;
    private Long newPageId;
    private Experiment editing;
    private String name;
    private Long pageId;
    private List<VariantRow> rows;

    public List<Experiment> getExperiments() {
        if (all == null) {
            all = experiments.experiments();
        }
        return all;
    }

    public List<SelectItem> getPageChoices() {
        if (pages == null) {
            pages = campaigns.pages();
        }
        List<SelectItem> choices = new ArrayList<>();
        for (CampaignPage p : pages) {
            choices.add(new SelectItem(p.getId(), p.getSlug() + " · " + p.title(locale.getCurrent())));
        }
        return choices;
    }

    public String pageSlug(Long id) {
        getPageChoices();
        return pages.stream()
                .filter(p -> p.getId().equals(id))
                .map(CampaignPage::getSlug)
                .findFirst()
                .orElse("?");
    }

    public void create() {
        if (Outcome.of(() -> experiments.create(newName, newPageId), "experiment.created", newName)) {
            newName = null;
            newPageId = null;
            all = null;
        }
    }

    public void edit(Experiment experiment) {
        editing = experiment;
        name = experiment.getName();
        pageId = experiment.getPageId();
        rows = new ArrayList<>(experiment.getVariants().stream()
                .map(v -> new VariantRow(v.getLabel(), v.getPageId(), v.getWeight()))
                .toList());
        if (rows.isEmpty()) {
            rows.add(new VariantRow("A", pageId, 50));
            rows.add(new VariantRow("B", null, 50));
        }
    }

    public void addRow() {
        rows.add(new VariantRow(String.valueOf((char) ('A' + Math.min(rows.size(), 25))), null, 50));
    }

    public void removeRow(int index) {
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    public void cancel() {
        editing = null;
        all = null;
    }

    public void save() {
        List<VariantSpec> specs = rows.stream()
                .map(r -> new VariantSpec(r.getLabel(), r.getPageId(), r.getWeight()))
                .toList();
        Experiment target = editing;
        if (Outcome.of(
                () -> experiments.save(target.getId(), target.getVersion(), name, pageId, specs),
                "experiment.saved",
                name)) {
            editing = null;
            all = null;
        }
    }

    public void start(Experiment experiment) {
        if (Outcome.of(() -> experiments.start(experiment.getId()), "experiment.started", experiment.getName())) {
            editing = null;
            all = null;
        }
    }

    public void stop(Experiment experiment) {
        if (Outcome.of(() -> experiments.stop(experiment.getId()), "experiment.stopped", experiment.getName())) {
            all = null;
        }
    }

    public void refresh() {
        all = null;
    }

    /** A rate as a percentage with one decimal. */
    public String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    public boolean isDraft(Experiment experiment) {
        return experiment.getStatus() == ExperimentStatus.DRAFT;
    }

    public boolean isRunning(Experiment experiment) {
        return experiment.getStatus() == ExperimentStatus.RUNNING;
    }

    public boolean isEditable() {
        return user.isCatalogManager();
    }

    public Experiment getEditing() {
        return editing;
    }

    public List<VariantRow> getRows() {
        return rows;
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
        this.pageId = pageId;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public Long getNewPageId() {
        return newPageId;
    }

    public void setNewPageId(Long newPageId) {
        this.newPageId = newPageId;
    }
}
