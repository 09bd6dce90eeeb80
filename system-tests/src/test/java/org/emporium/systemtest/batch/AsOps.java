package org.emporium.systemtest.batch;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Properties;
import org.emporium.batch.boundary.JobRun;
import org.emporium.batch.boundary.Jobs;

/**
 * Calls the jobs boundary with the ops role, as the back office does for a signed-in operator: a test
 * method runs as an anonymous caller. Payara needs a principal for the run-as role; the test deployment
 * maps role {@code ops} to principal {@code ops} (see {@code Deployments.earWithTests}).
 */
@Stateless
@RunAs(Jobs.OPS)
@DeclareRoles(Jobs.OPS)
public class AsOps {

    @Inject
    Jobs jobs;

    public long start(String jobName, Properties parameters) {
        return jobs.start(jobName, parameters);
    }

    public long restart(long executionId) {
        return jobs.restart(executionId);
    }

    public JobRun run(long executionId) {
        return jobs.run(executionId);
    }

    public List<JobRun> runs(int max) {
        return jobs.runs(max);
    }
}
