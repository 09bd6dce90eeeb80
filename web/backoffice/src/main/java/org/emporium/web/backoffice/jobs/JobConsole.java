package org.emporium.web.backoffice.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.batch.boundary.JobRun;
import org.emporium.batch.boundary.Jobs;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.web.backoffice.layout.DisplayZone;
import org.emporium.web.ui.Messages;

/**
 * The jobs page: the newest runs with their counts, refreshed while one is in progress, and the buttons
 * with which ops start an export, restart a failed or stopped run, or stop a running one.
 */
@Named
@ViewScoped
public class JobConsole implements Serializable {

    public static final String BUNDLE = "org.emporium.web.backoffice.i18n.jobs";

    /** The request parameter naming the run a row's button acts on. */
    public static final String RUN_PARAMETER = "run";

    static final String CATALOG_EXPORT = "catalog-export";
    static final int SHOWN = 30;

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(JobConsole.class.getName());

    @Inject
    Jobs jobs;

    @Inject
    DisplayZone zone;

    private List<JobRun> runs = List.of();

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
        return text("jobs.counts", run.read(), run.written(), run.commits(), run.rollbacks(), run.skipped());
    }

    /**
     * What a run left behind: the export file and its rows, or the exit status when it says more than the
     * batch status already does.
     */
    public String result(JobRun run) {
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
            error(e.messageKey(), e.arguments());
        } catch (EJBAccessException e) {
            error("jobs.forbidden");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Jobs page request failed", e);
            error("jobs.failed");
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
