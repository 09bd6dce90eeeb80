package org.emporium.web.backoffice.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.batch.boundary.ImportProgress;
import org.emporium.batch.boundary.JobRun;
import org.emporium.batch.boundary.Jobs;
import org.emporium.batch.boundary.ProductImports;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.web.backoffice.layout.DisplayZone;
import org.emporium.web.ui.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The jobs page: the newest runs with their counts and progress, refreshed while one is in progress, and the
 * buttons with which ops start an export and catalogue managers upload a product import, and with which
 * whoever may run a job restarts a failed or stopped run of it or stops a running one.
 */
@Named
@ViewScoped
public class JobConsole implements Serializable {

    public static final String BUNDLE = "org.emporium.web.backoffice.i18n.jobs";

    /** The request parameter naming the run a row's button acts on. */
    public static final String RUN_PARAMETER = "run";

    static final String CATALOG_EXPORT = Jobs.CATALOG_EXPORT;
    static final String PRODUCT_IMPORT = Jobs.PRODUCT_IMPORT;
    static final int SHOWN = 30;

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(JobConsole.class.getName());

    @Inject
    Jobs jobs;

    @Inject
    DisplayZone zone;

    @Inject
    ProductImports imports;

    private List<JobRun> runs = List.of();

    /** Which jobs the user may operate, asked once per view: the answer does not change within a session. */
    private final Map<String, Boolean> operable = new HashMap<>();

    @PostConstruct
    void load() {
        refresh();
    }

    public void refresh() {
        attempt(() -> runs = jobs.runs(SHOWN));
    }

    public void startCatalogExport() {
        attempt(() -> {
            long run = jobs.start(CATALOG_EXPORT, new Properties());
            info("jobs.started", Long.toString(run), jobName(CATALOG_EXPORT));
        });
        refresh();
    }

    /** Rebuilds the search index of the node that serves this page (each node keeps its own). */
    public void startSearchReindex() {
        attempt(() -> {
            long run = jobs.start(Jobs.SEARCH_REINDEX, new Properties());
            info("jobs.started", Long.toString(run), jobName(Jobs.SEARCH_REINDEX));
        });
        refresh();
    }

    /** Ends the coupons whose window has closed (the nightly schedule does the same). */
    public void startCouponExpiry() {
        attempt(() -> {
            long run = jobs.start(Jobs.COUPON_EXPIRY, new Properties());
            info("jobs.started", Long.toString(run), jobName(Jobs.COUPON_EXPIRY));
        });
        refresh();
    }

    /** Reconciles yesterday's gateway bills with our books (the nightly schedule does the same). */
    public void startPaymentReconciliation() {
        attempt(() -> {
            long run = jobs.start(Jobs.PAYMENT_RECONCILIATION, new Properties());
            info("jobs.started", Long.toString(run), jobName(Jobs.PAYMENT_RECONCILIATION));
        });
        refresh();
    }

    /**
     * Starts the import of an uploaded file. The type is checked by content on the server; the name's
     * extension only spares the user an upload that cannot work.
     */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try (InputStream content = file.getInputStream()) {
            long run = imports.start(content, new Properties());
            info("jobs.import.started", Long.toString(run), file.getFileName());
        } catch (BusinessRuleViolation e) {
            ruleBroken(e);
        } catch (EJBAccessException e) {
            error("jobs.forbidden");
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Starting a product import failed", e);
            error("jobs.failed");
        }
        refresh();
    }

    /**
     * The run comes from the button's own parameter rather than from the table row: the poll may have
     * refreshed the table between the page being drawn and the click, and a row index would then point
     * at another run.
     */
    public void restart() {
        attempt(() -> {
            long run = requestedRun();
            long restarted = jobs.restart(run);
            info("jobs.restarted", Long.toString(run), Long.toString(restarted));
        });
        refresh();
    }

    public void stop() {
        attempt(() -> {
            long run = requestedRun();
            jobs.stop(run);
            info("jobs.stopping", Long.toString(run));
        });
        refresh();
    }

    public List<JobRun> getRuns() {
        return runs;
    }

    /** While a run is in progress the page polls; once all have ended it stops asking the server. */
    public boolean isActive() {
        return runs.stream().anyMatch(JobRun::running);
    }

    public boolean isOps() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Jobs.OPS);
    }

    /** Whether the user may upload product imports: catalogue managers. */
    public boolean isImporter() {
        return mayOperate(PRODUCT_IMPORT);
    }

    /** Whether the user may operate some job, and so needs the actions column. */
    public boolean isOperator() {
        return Jobs.DEFINED.stream().anyMatch(this::mayOperate);
    }

    /** Whether the user may restart or stop this run: ops for the export, catalogue managers for imports. */
    public boolean canOperate(JobRun run) {
        return mayOperate(run.jobName());
    }

    private boolean mayOperate(String job) {
        return operable.computeIfAbsent(job, j -> {
            try {
                return jobs.mayOperate(j);
            } catch (EJBAccessException e) {
                return false;
            }
        });
    }

    /** The error report exists from the run's first chunk on; it grows while the run goes on. */
    public boolean canDownloadReport(JobRun run) {
        return run.reportFile() != null && (isOps() || isImporter());
    }

    /** The progress bar's value, or -1 for a run that does not know how much it has to do. */
    public int percent(JobRun run) {
        return run.percent().orElse(-1);
    }

    public boolean canStop(JobRun run) {
        return run.status() == BatchStatus.STARTING || run.status() == BatchStatus.STARTED;
    }

    /** Only a completed run's file is whole; a failed run's may end in lines its checkpoint never vouched for. */
    public boolean canDownload(JobRun run) {
        return isOps() && run.status() == BatchStatus.COMPLETED && run.exportFile() != null;
    }

    public String jobName(String job) {
        return text("jobs.job." + job);
    }

    public String status(JobRun run) {
        return text("enum.BatchStatus." + run.status().name());
    }

    /** The colour of a status: PrimeFaces tag severities. */
    public String severity(JobRun run) {
        return switch (run.status()) {
            case COMPLETED -> "success";
            case FAILED -> "danger";
            case STOPPING, STOPPED -> "warning";
            case STARTING, STARTED -> "info";
            case ABANDONED -> "secondary";
        };
    }

    public String counts(JobRun run) {
        ImportProgress imported = run.imported();
        if (imported != null) {
            return text(
                    "jobs.counts.import",
                    run.read(),
                    imported.total(),
                    imported.created(),
                    imported.updated(),
                    imported.rejected(),
                    run.skipped());
        }
        return text("jobs.counts", run.read(), run.written(), run.commits(), run.rollbacks(), run.skipped());
    }

    /**
     * What a run left behind: the export file and its rows, or the exit status when it says more than the
     * batch status already does.
     */
    public String result(JobRun run) {
        if (run.imported() != null) {
            return text(
                    "jobs.result.import", run.imported().skus(), run.imported().rejected());
        }
        if (run.exportFile() != null && run.exportRows() != null) {
            return text(
                    "jobs.result.file", Path.of(run.exportFile()).getFileName().toString(), run.exportRows());
        }
        String exit = run.exitStatus();
        return exit == null || exit.equals(run.status().name()) ? "" : exit;
    }

    public String time(Instant instant) {
        return instant == null ? "" : zone.format(instant.atOffset(ZoneOffset.UTC));
    }

    public String duration(JobRun run) {
        return run.duration().map(this::duration).orElse("");
    }

    String duration(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 60) {
            return text("jobs.duration.seconds", seconds);
        }
        if (seconds < 3600) {
            return text("jobs.duration.minutes", seconds / 60, seconds % 60);
        }
        return text("jobs.duration.hours", seconds / 3600, seconds % 3600 / 60);
    }

    private long requestedRun() {
        String run = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get(RUN_PARAMETER);
        try {
            return Long.parseLong(run);
        } catch (NumberFormatException e) {
            throw new BusinessRuleViolation("jobs.notFound", String.valueOf(run));
        }
    }

    /** Runs an action; a broken rule or a refusal becomes a message in the user's language, anything else is logged. */
    private void attempt(Runnable action) {
        try {
            action.run();
        } catch (BusinessRuleViolation e) {
            ruleBroken(e);
        } catch (EJBAccessException e) {
            error("jobs.forbidden");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Jobs page request failed", e);
            error("jobs.failed");
        }
    }

    /** The jobs' own rules have their texts in this page's bundle; the catalogue's in the shared rules bundle. */
    private void ruleBroken(BusinessRuleViolation e) {
        if (e.messageKey().startsWith("jobs.")) {
            error(e.messageKey(), e.arguments());
        } else {
            FacesContext.getCurrentInstance().addMessage(null, Messages.rule(e.messageKey(), e.arguments(), locale()));
        }
    }

    private void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    private void error(String key, Object... arguments) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
    }

    private String text(String key, Object... arguments) {
        return Messages.text(BUNDLE, locale(), key, arguments);
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getViewRoot() == null
                ? faces.getApplication().getDefaultLocale()
                : faces.getViewRoot().getLocale();
    }
}
