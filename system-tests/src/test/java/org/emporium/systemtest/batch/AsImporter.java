package org.emporium.systemtest.batch;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.emporium.batch.boundary.JobRun;
import org.emporium.batch.boundary.Jobs;
import org.emporium.batch.boundary.ProductImports;
import org.emporium.catalog.boundary.RowRejection;

/**
 * Imports products as a signed-in catalogue manager does from the jobs page: a test method runs as an
 * anonymous caller, who may do neither. The test deployment maps role {@code catalog-manager} to a
 * principal of the same name (see {@code Deployments.earWithTests}).
 */
@Stateless
@RunAs(Jobs.CATALOG_MANAGER)
@DeclareRoles(Jobs.CATALOG_MANAGER)
public class AsImporter {

    @Inject
    ProductImports imports;

    @Inject
    Jobs jobs;

    public long upload(byte[] file, Properties options) {
        return imports.start(new ByteArrayInputStream(file), options);
    }

    public long restart(long executionId) {
        return jobs.restart(executionId);
    }

    public JobRun run(long executionId) {
        return jobs.run(executionId);
    }

    public Optional<List<RowRejection>> report(long executionId) {
        return jobs.importReportLines(executionId);
    }

    public byte[] template(ProductImports.Format format) {
        return imports.template(format);
    }
}
