package org.emporium.batch.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.batch.control.CsvReader;
import org.emporium.batch.control.ExportDirectory;
import org.emporium.batch.control.FaultDrill;
import org.emporium.batch.control.FileOutput;
import org.emporium.batch.control.ImportDirectory;
import org.emporium.batch.productimport.ImportReport;
import org.emporium.catalog.boundary.RowRejection;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * The batch jobs of Emporium as ops run them: start, restart from the last checkpoint, stop, and every run
 * with its counts. Only the jobs this module defines are known here. Staff may watch; only ops may act.
 *
 * <p>No method runs in a transaction: the job repository keeps its own, and a job must find its instance
 * committed when its thread starts, not when the caller's transaction ends.
 */
@Stateless
@DeclareRoles({Jobs.OPS, Jobs.STAFF, Jobs.CATALOG_MANAGER})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Jobs {

    public static final String OPS = "ops";
    public static final String STAFF = "staff";
    public static final String CATALOG_MANAGER = "catalog-manager";

    public static final String CATALOG_EXPORT = "catalog-export";
    public static final String PRODUCT_IMPORT = "product-import";
    public static final String SEARCH_REINDEX = "search-reindex";
    public static final String COUPON_EXPIRY = "coupon-expiry";
    public static final String PAYMENT_RECONCILIATION = "payment-reconciliation";
    public static final String COUPON_ISSUE = "coupon-issue";

    /** The jobs of META-INF/batch-jobs; a test holds the two lists equal. */
    public static final List<String> DEFINED = List.of(
            CATALOG_EXPORT, PRODUCT_IMPORT, SEARCH_REINDEX, COUPON_EXPIRY, PAYMENT_RECONCILIATION, COUPON_ISSUE);

    /**
     * Who may start, restart and stop each job. The import changes the catalogue as whoever runs it, so it
     * is the catalogue managers' job, not ops'.
     */
    static final Map<String, String> OPERATED_BY = Map.of(
            CATALOG_EXPORT,
            OPS,
            PRODUCT_IMPORT,
            CATALOG_MANAGER,
            SEARCH_REINDEX,
            OPS,
            COUPON_EXPIRY,
            OPS,
            PAYMENT_RECONCILIATION,
            OPS,
            // promotion managers start it from the promotions page (CouponIssueRuns); ops restart and stop it here
            COUPON_ISSUE,
            OPS);

    private static final Logger LOG = Logger.getLogger(Jobs.class.getName());

    @Inject
    ExportDirectory exports;

    @Inject
    ImportDirectory imports;

    @Resource
    SessionContext session;

    @RolesAllowed({OPS, CATALOG_MANAGER})
    public long start(String jobName, Properties parameters) {
        if (!DEFINED.contains(jobName)) {
            throw new BusinessRuleViolation("jobs.unknown", jobName);
        }
        requireOperator(jobName);
        Properties given = copy(parameters);
        if (PRODUCT_IMPORT.equals(jobName)
                && imports.find(given.getProperty("source")).isEmpty()) {
            // Only a file that ProductImports stored may be imported, never a path of the server's choosing.
            throw new BusinessRuleViolation("jobs.import.noFile");
        }
        if (COUPON_ISSUE.equals(jobName) && given.getProperty("issueId") == null) {
            // what to issue to whom is decided on the promotions page, which opens the issue the run carries out
            throw new BusinessRuleViolation("jobs.couponIssue.noIssue");
        }
        if (SEARCH_REINDEX.equals(jobName) && given.getProperty("stamp") == null) {
            // What the rebuild writes carries this stamp; what carries an older one is gone when it ends.
            given.setProperty("stamp", Long.toString(System.currentTimeMillis()));
        }
        if (COUPON_EXPIRY.equals(jobName) && given.getProperty("at") == null) {
            // the cut-off is fixed at the start, so a restart expires exactly what this run would have
            given.setProperty("at", Instant.now().toString());
        }
        if (PAYMENT_RECONCILIATION.equals(jobName) && given.getProperty("day") == null) {
            // the day is fixed at the start, so a restart reconciles the same day
            given.setProperty(
                    "day",
                    Instant.now()
                            .atZone(java.time.ZoneId.of("Asia/Shanghai"))
                            .toLocalDate()
                            .minusDays(1)
                            .toString());
        }
        long executionId = operator().start(jobName, given);
        LOG.info(() -> caller() + " started " + jobName + " as run " + executionId + " with " + given);
        return executionId;
    }

    /**
     * Restarts a failed or stopped run from its last checkpoint, with the parameters it was started with. A
     * fault drill is not repeated: the restart is what the drill rehearses.
     */
    @RolesAllowed({OPS, CATALOG_MANAGER})
    public long restart(long executionId) {
        JobOperator operator = operator();
        JobExecution execution = execution(operator, executionId);
        requireOperator(execution.getJobName());
        BatchStatus status = execution.getBatchStatus();
        if (status != BatchStatus.FAILED && status != BatchStatus.STOPPED) {
            throw new BusinessRuleViolation("jobs.notRestartable", Long.toString(executionId), status);
        }
        // The restart gets only the parameters given here, so the original ones are handed on.
        Properties parameters = copy(operator.getParameters(executionId));
        parameters.setProperty(FaultDrill.PARAMETER, "");
        try {
            long restarted = operator.restart(executionId, parameters);
            LOG.info(() -> caller() + " restarted run " + executionId + " as run " + restarted);
            return restarted;
        } catch (JobExecutionNotMostRecentException e) {
            throw new BusinessRuleViolation("jobs.alreadyRestarted", Long.toString(executionId));
        } catch (JobExecutionAlreadyCompleteException | JobRestartException e) {
            LOG.log(Level.WARNING, "The batch runtime refused to restart run " + executionId, e);
            throw new BusinessRuleViolation("jobs.restartRefused", Long.toString(executionId));
        }
    }

    /** Asks a run to stop after its current chunk; it ends STOPPED and can be restarted from there. */
    @RolesAllowed({OPS, CATALOG_MANAGER})
    public void stop(long executionId) {
        JobOperator operator = operator();
        requireOperator(execution(operator, executionId).getJobName());
        try {
            operator.stop(executionId);
            LOG.info(() -> caller() + " stopped run " + executionId);
        } catch (JobExecutionNotRunningException e) {
            throw new BusinessRuleViolation("jobs.notRunning", Long.toString(executionId));
        }
    }

    /** The newest runs of every job, newest first. */
    /** Whether the caller may start, restart and stop runs of the job. */
    @RolesAllowed({STAFF, OPS, CATALOG_MANAGER})
    public boolean mayOperate(String jobName) {
        String role = OPERATED_BY.get(jobName);
        return role != null && session.isCallerInRole(role);
    }

    @RolesAllowed({STAFF, OPS, CATALOG_MANAGER})
    public List<JobRun> runs(int max) {
        JobOperator operator = operator();
        Map<Long, JobRun> runs = new LinkedHashMap<>();
        for (String jobName : DEFINED) {
            for (JobInstance instance : instances(operator, jobName, max)) {
                runsOf(operator, instance).forEach(run -> runs.put(run.executionId(), run));
            }
            // A restart of an older instance can be newer than every run of the newest instances.
            for (long running : running(operator, jobName)) {
                if (!runs.containsKey(running)) {
                    runsOf(operator, operator.getJobInstance(running)).forEach(run -> runs.put(run.executionId(), run));
                }
            }
        }
        return runs.values().stream()
                .sorted(Comparator.comparingLong(JobRun::executionId).reversed())
                .limit(max)
                .toList();
    }

    @RolesAllowed({STAFF, OPS, CATALOG_MANAGER})
    public JobRun run(long executionId) {
        JobOperator operator = operator();
        execution(operator, executionId);
        return runsOf(operator, operator.getJobInstance(executionId)).stream()
                .filter(run -> run.executionId() == executionId)
                .findFirst()
                .orElseThrow(() -> new BusinessRuleViolation("jobs.notFound", Long.toString(executionId)));
    }

    /**
     * The file of a completed run, if it is still there and inside the export directory. A failed run's
     * file may end in lines of a chunk that rolled back; its restart completes the same file.
     */
    @RolesAllowed(OPS)
    public Optional<Path> exportFile(long executionId) {
        JobRun run = run(executionId);
        return run.status() == BatchStatus.COMPLETED ? exports.find(run.exportFile()) : Optional.empty();
    }

    /** The error report of an import run, once it has one; for whoever may run imports, and ops. */
    @RolesAllowed({OPS, CATALOG_MANAGER})
    public Optional<Path> importReport(long executionId) {
        JobRun run = run(executionId);
        return PRODUCT_IMPORT.equals(run.jobName()) ? exports.find(run.reportFile()) : Optional.empty();
    }

    /**
     * The problems an import run reported so far, in row order: what the back office renders in the
     * reader's language. Empty for a run that is not an import or has no report.
     */
    @RolesAllowed({OPS, CATALOG_MANAGER})
    public Optional<List<RowRejection>> importReportLines(long executionId) {
        Optional<Path> report = importReport(executionId);
        if (report.isEmpty()) {
            return Optional.empty();
        }
        List<RowRejection> lines = new ArrayList<>();
        try (CsvReader reader = CsvReader.utf8(Files.newInputStream(report.get()))) {
            reader.next();
            for (List<String> record = reader.next(); record != null; record = reader.next()) {
                if (record.size() >= 4) {
                    lines.add(ImportReport.parse(record));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the import report " + report.get(), e);
        }
        lines.sort(Comparator.comparingLong(RowRejection::row));
        return Optional.of(lines);
    }

    private void requireOperator(String jobName) {
        if (!mayOperate(jobName)) {
            // A rule rather than an EJBAccessException: the caller holds a role the method admits, only not the
            // one this job asks for, and the page says so in the user's language.
            LOG.warning(() -> caller() + " may not operate " + jobName);
            throw new BusinessRuleViolation("jobs.forbidden");
        }
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    /** The execution, if it belongs to one of our jobs; other applications' runs do not exist for us. */
    private static JobExecution execution(JobOperator operator, long executionId) {
        try {
            JobExecution execution = operator.getJobExecution(executionId);
            if (DEFINED.contains(execution.getJobName())) {
                return execution;
            }
        } catch (NoSuchJobExecutionException | JobSecurityException e) {
            // reported below, as for a run of a job that is not ours
        }
        throw new BusinessRuleViolation("jobs.notFound", Long.toString(executionId));
    }

    private static List<JobInstance> instances(JobOperator operator, String jobName, int max) {
        try {
            return operator.getJobInstances(jobName, 0, max);
        } catch (NoSuchJobException e) {
            return List.of();
        }
    }

    private static List<Long> running(JobOperator operator, String jobName) {
        try {
            return operator.getRunningExecutions(jobName);
        } catch (NoSuchJobException e) {
            return List.of();
        }
    }

    private static List<JobRun> runsOf(JobOperator operator, JobInstance instance) {
        List<JobExecution> executions = operator.getJobExecutions(instance);
        long newest = executions.stream()
                .mapToLong(JobExecution::getExecutionId)
                .max()
                .orElse(-1);
        List<JobRun> runs = new ArrayList<>(executions.size());
        for (JobExecution execution : executions) {
            runs.add(toRun(operator, instance, execution, execution.getExecutionId() == newest));
        }
        return runs;
    }

    private static JobRun toRun(JobOperator operator, JobInstance instance, JobExecution execution, boolean newest) {
        List<StepExecution> stepExecutions = operator.getStepExecutions(execution.getExecutionId());
        List<StepRun> steps = new ArrayList<>();
        FileOutput output = null;
        ImportProgress imported = null;
        ReindexProgress indexed = null;
        for (StepExecution step : stepExecutions == null ? List.<StepExecution>of() : stepExecutions) {
            steps.add(toStep(step));
            if (step.getPersistentUserData() instanceof FileOutput written) {
                output = written;
            }
            if (step.getPersistentUserData() instanceof ImportProgress progress) {
                imported = progress;
            }
            if (step.getPersistentUserData() instanceof ReindexProgress progress) {
                indexed = progress;
            }
        }
        BatchStatus status = execution.getBatchStatus();
        boolean restartable = newest && (status == BatchStatus.FAILED || status == BatchStatus.STOPPED);
        return new JobRun(
                execution.getExecutionId(),
                instance.getInstanceId(),
                execution.getJobName(),
                status,
                execution.getExitStatus(),
                instant(execution.getCreateTime()),
                instant(execution.getStartTime()),
                instant(execution.getEndTime()),
                steps,
                restartable,
                output == null ? null : output.file(),
                output == null ? null : output.rows(),
                imported,
                indexed);
    }

    private static StepRun toStep(StepExecution step) {
        Map<Metric.MetricType, Long> metrics = new EnumMap<>(Metric.MetricType.class);
        for (Metric metric : step.getMetrics() == null ? new Metric[0] : step.getMetrics()) {
            metrics.put(metric.getType(), metric.getValue());
        }
        return new StepRun(
                step.getStepName(),
                step.getBatchStatus(),
                step.getExitStatus(),
                metrics.getOrDefault(Metric.MetricType.READ_COUNT, 0L),
                metrics.getOrDefault(Metric.MetricType.WRITE_COUNT, 0L),
                metrics.getOrDefault(Metric.MetricType.FILTER_COUNT, 0L),
                metrics.getOrDefault(Metric.MetricType.COMMIT_COUNT, 0L),
                metrics.getOrDefault(Metric.MetricType.ROLLBACK_COUNT, 0L),
                metrics.getOrDefault(Metric.MetricType.READ_SKIP_COUNT, 0L)
                        + metrics.getOrDefault(Metric.MetricType.PROCESS_SKIP_COUNT, 0L)
                        + metrics.getOrDefault(Metric.MetricType.WRITE_SKIP_COUNT, 0L));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static Properties copy(Properties source) {
        Properties copy = new Properties();
        if (source != null) {
            source.stringPropertyNames().forEach(key -> copy.setProperty(key, source.getProperty(key)));
        }
        return copy;
    }

    private String caller() {
        return session.getCallerPrincipal() == null
                ? "system"
                : session.getCallerPrincipal().getName();
    }
}
