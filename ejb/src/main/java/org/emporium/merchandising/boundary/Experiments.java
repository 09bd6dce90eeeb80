package org.emporium.merchandising.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.catalog.boundary.Catalog;
import org.emporium.merchandising.control.Actor;
import org.emporium.merchandising.control.ExperimentCounters;
import org.emporium.merchandising.control.MerchandisingEvents;
import org.emporium.merchandising.control.VariantAssignment;
import org.emporium.merchandising.entity.CampaignPage;
import org.emporium.merchandising.entity.ConversionKind;
import org.emporium.merchandising.entity.Experiment;
import org.emporium.merchandising.entity.ExperimentStatus;
import org.emporium.merchandising.entity.ExperimentVariant;
import org.emporium.merchandising.entity.PageStatus;
import org.emporium.platform.events.DomainEvents;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * A/B experiments on campaign pages. A visitor (a random id in a cookie) who opens the page of a running
 * experiment sees one variant, chosen from the weights by a hash of their id and the experiment's, so the
 * choice is the same on every node and every visit. Views, visitors, add-to-cart and orders are counted per
 * variant; the cart and order contexts report conversions through {@link #recordConversion}.
 */
@Stateless
@DeclareRoles(Catalog.CATALOG_MANAGER)
public class Experiments {

    private static final Logger LOG = Logger.getLogger(Experiments.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CampaignPages pages;

    @Inject
    ExperimentCounters counters;

    @Inject
    DomainEvents events;

    @Resource
    SessionContext session;

    public List<Experiment> experiments() {
        return em
                .createQuery("SELECT e FROM Experiment e ORDER BY e.id DESC", Experiment.class)
                .getResultList()
                .stream()
                .map(Experiments::withVariants)
                .toList();
    }

    public Optional<Experiment> experiment(long id) {
        return Optional.ofNullable(em.find(Experiment.class, id)).map(Experiments::withVariants);
    }

    @RolesAllowed(Catalog.CATALOG_MANAGER)
    public Experiment create(String name, Long pageId) {
        requirePage(pageId);
        Experiment experiment = new Experiment(name, pageId);
        experiment.checkRules();
        requireNoOtherRunning(pageId, null);
        em.persist(experiment);
        em.flush();
        events.record(
                MerchandisingEvents.changed("experiment", experiment.getId(), experiment.getName(), Actor.of(session)));
        return experiment;
    }

    /** Replaces the name, page and variants of a draft experiment. */
    @RolesAllowed(Catalog.CATALOG_MANAGER)
    public Experiment save(long id, long version, String name, Long pageId, List<VariantSpec> variants) {
        Experiment experiment = find(id);
        if (experiment.getVersion() != version) {
            throw new BusinessRuleViolation("merchandising.changedMeanwhile");
        }
        if (experiment.getStatus() != ExperimentStatus.DRAFT) {
            throw new BusinessRuleViolation("merchandising.experiment.notDraft");
        }
        requirePage(pageId);
        experiment.setName(name);
        experiment.setPageId(pageId);
        while (!experiment.getVariants().isEmpty()) {
            experiment.removeVariant(0);
        }
        // The old rows go first, so that the new ones may reuse the positions.
        em.flush();
        for (VariantSpec spec : variants) {
            requirePage(spec.pageId());
            experiment.addVariant(spec.label(), spec.pageId(), spec.weight());
        }
        experiment.checkRules();
        em.flush();
        events.record(MerchandisingEvents.changed("experiment", id, experiment.getName(), Actor.of(session)));
        return withVariants(experiment);
    }

    /** Starts splitting traffic; every variant's page must be published, or shoppers would see nothing new. */
    @RolesAllowed(Catalog.CATALOG_MANAGER)
    public Experiment start(long id) {
        Experiment experiment = find(id);
        for (ExperimentVariant variant : experiment.getVariants()) {
            CampaignPage page = em.find(CampaignPage.class, variant.getPageId());
            if (page == null || page.getStatus() != PageStatus.PUBLISHED) {
                throw new BusinessRuleViolation("merchandising.experiment.variant.unpublished", variant.getLabel());
            }
        }
        requireNoOtherRunning(experiment.getPageId(), experiment.getId());
        experiment.start();
        em.flush();
        events.record(
                MerchandisingEvents.changed("experiment", id, experiment.getName() + " RUNNING", Actor.of(session)));
        return withVariants(experiment);
    }

    @RolesAllowed(Catalog.CATALOG_MANAGER)
    public Experiment stop(long id) {
        Experiment experiment = find(id);
        experiment.stop();
        em.flush();
        events.record(
                MerchandisingEvents.changed("experiment", id, experiment.getName() + " STOPPED", Actor.of(session)));
        return withVariants(experiment);
    }

    /**
     * The campaign page a visitor sees at a slug: without a running experiment, the page itself; with one,
     * their variant's page (when it is visible now). The view is counted for the variant. Empty when the slug
     * has no page shoppers may see.
     */
    public Optional<CampaignPage> pageFor(String slug, String visitorId) {
        Optional<CampaignPage> page = pages.visiblePage(slug);
        if (page.isEmpty() || visitorId == null || visitorId.isBlank()) {
            return page;
        }
        Optional<Experiment> running = em.createQuery(
                        "SELECT e FROM Experiment e WHERE e.pageId = :page AND e.status = :running", Experiment.class)
                .setParameter("page", page.get().getId())
                .setParameter("running", ExperimentStatus.RUNNING)
                .getResultStream()
                .findFirst();
        if (running.isEmpty()) {
            return page;
        }
        Experiment experiment = running.get();
        int index = VariantAssignment.variantIndex(visitorId, experiment.getId(), experiment.weights());
        if (index < 0) {
            return page;
        }
        ExperimentVariant variant = experiment.getVariants().get(index);
        try {
            counters.recordView(experiment.getId(), variant.getId(), visitorId);
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "Could not count a view of experiment " + experiment.getId(), e);
        }
        if (variant.getPageId().equals(page.get().getId())) {
            return page;
        }
        return pages.page(variant.getPageId())
                .filter(p -> p.getStatus() == PageStatus.PUBLISHED)
                .or(() -> page);
    }

    /** The label of the variant a visitor gets in an experiment: the same answer on every call and node. */
    public Optional<String> variantOf(long experimentId, String visitorId) {
        Experiment experiment = find(experimentId);
        int index = VariantAssignment.variantIndex(visitorId, experimentId, experiment.weights());
        return index < 0
                ? Optional.empty()
                : Optional.of(experiment.getVariants().get(index).getLabel());
    }

    /**
     * For the cart and order contexts: a visitor added to the cart or placed an order. Counted once per
     * visitor and kind for each running experiment they saw; returns how many experiments counted it.
     */
    public int recordConversion(String visitorId, ConversionKind kind) {
        if (visitorId == null || visitorId.isBlank() || kind == null) {
            return 0;
        }
        return counters.recordConversion(visitorId, kind);
    }

    private Experiment find(long id) {
        return Optional.ofNullable(em.find(Experiment.class, id))
                .orElseThrow(() -> new BusinessRuleViolation("merchandising.notFound"));
    }

    private void requirePage(Long pageId) {
        if (pageId == null || em.find(CampaignPage.class, pageId) == null) {
            throw new BusinessRuleViolation("merchandising.experiment.page.required");
        }
    }

    private void requireNoOtherRunning(Long pageId, Long ownId) {
        boolean other = em.createQuery(
                        "SELECT e.id FROM Experiment e WHERE e.pageId = :page AND e.status = :running", Long.class)
                .setParameter("page", pageId)
                .setParameter("running", ExperimentStatus.RUNNING)
                .getResultStream()
                .anyMatch(id -> !id.equals(ownId));
        if (other) {
            throw new BusinessRuleViolation("merchandising.experiment.alreadyRunning");
        }
    }

    private static Experiment withVariants(Experiment experiment) {
        experiment.getVariants().size();
        return experiment;
    }
}
