package org.emporium.batch.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import java.io.Serializable;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExitSummaryTest {

    record Counts(int done) implements Serializable {
        String summary() {
            return "DONE rows=" + done;
        }
    }

    /** The summary of {@link Counts}, none for anything else. */
    static final class CountsSummary extends ExitSummary {
        @Override
        protected String summaryOf(Serializable data) {
            return data instanceof Counts counts ? counts.summary() : null;
        }
    }

    final Map<String, Object> stepState = new HashMap<>();
    final Map<String, Object> jobState = new HashMap<>();

    @Test
    void a_finished_step_leaves_its_summary_in_the_exit_status_of_the_step_and_of_the_run() {
        afterStep(BatchStatus.STARTED, null, new Counts(7));

        assertThat(stepState).containsEntry("exitStatus", "DONE rows=7");
        assertThat(jobState).containsEntry("exitStatus", "DONE rows=7");
    }

    @Test
    void a_completed_step_does_too() {
        afterStep(BatchStatus.COMPLETED, null, new Counts(3));

        assertThat(jobState).containsEntry("exitStatus", "DONE rows=3");
    }

    @Test
    void a_failed_or_stopped_step_keeps_its_status_as_exit_status() {
        afterStep(BatchStatus.STARTED, new IllegalStateException("drill"), new Counts(7));
        afterStep(BatchStatus.STOPPING, null, new Counts(7));
        afterStep(BatchStatus.FAILED, null, new Counts(7));

        assertThat(stepState).doesNotContainKey("exitStatus");
        assertThat(jobState).doesNotContainKey("exitStatus");
    }

    @Test
    void a_step_without_progress_of_the_jobs_kind_leaves_the_exit_status_alone() {
        afterStep(BatchStatus.COMPLETED, null, "something else");
        afterStep(BatchStatus.COMPLETED, null, null);

        assertThat(stepState).doesNotContainKey("exitStatus");
        assertThat(jobState).doesNotContainKey("exitStatus");
    }

    private void afterStep(BatchStatus status, Exception exception, Serializable progress) {
        CountsSummary listener = new CountsSummary();
        Map<String, Object> step = new HashMap<>();
        step.put("getBatchStatus", status);
        step.put("getException", exception);
        step.put("getPersistentUserData", progress);
        listener.step = fake(StepContext.class, stepState, step);
        listener.job = fake(JobContext.class, jobState, new HashMap<>());
        listener.afterStep();
    }

    /** Answers the getters given (null for a missing one) and records setExitStatus in the state. */
    private static <T> T fake(Class<T> type, Map<String, Object> state, Map<String, Object> answers) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getName().equals("setExitStatus")) {
                state.put("exitStatus", args[0]);
                return null;
            }
            return answers.get(method.getName());
        }));
    }
}
