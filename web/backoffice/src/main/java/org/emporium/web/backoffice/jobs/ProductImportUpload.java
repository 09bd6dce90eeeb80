package org.emporium.web.backoffice.jobs;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Properties;
import org.emporium.batch.boundary.ImportProgress;
import org.emporium.batch.boundary.JobRun;
import org.emporium.batch.boundary.Jobs;
import org.emporium.batch.boundary.ProductImports;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.web.ui.Messages;

/**
 * Starts a product import from a script: {@code POST /jobs/product-import} with the file as the request
 * body, by a signed-in catalogue manager (the same session cookie as the pages). Answers {@code 202} with the
 * run id, or {@code 400} with the reason. It takes the file as the jobs page's upload does, through
 * {@link ProductImports}, so both are checked alike; the benchmark drives it. {@code GET
 * /jobs/product-import?run=42} answers the run's status and counts as {@code name=value} lines.
 *
 * <p>The request must carry {@code X-Requested-By}: a form on another site can post a body with the
 * staff member's cookie, but cannot add a header without the browser asking this server first.
 */
@WebServlet(ProductImportUpload.PATH)
@ServletSecurity(@HttpConstraint(rolesAllowed = Jobs.CATALOG_MANAGER))
@DeclareRoles(Jobs.CATALOG_MANAGER)
public class ProductImportUpload extends HttpServlet {

    public static final String PATH = "/jobs/product-import";
    static final String CSRF_HEADER = "X-Requested-By";

    private static final long serialVersionUID = 1L;

    @Inject
    ProductImports imports;

    @Inject
    Jobs jobs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JobRun run;
        try {
            run = jobs.run(Long.parseLong(request.getParameter(JobConsole.RUN_PARAMETER)));
        } catch (NumberFormatException | BusinessRuleViolation e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        out.println("status=" + run.status());
        out.println("read=" + run.read());
        out.println("skipped=" + run.skipped());
        out.println("seconds=" + run.duration().map(d -> d.toMillis() / 1000.0).orElse(0.0));
        ImportProgress progress = run.imported();
        if (progress != null) {
            out.println("total=" + progress.total());
            out.println("created=" + progress.created());
            out.println("updated=" + progress.updated());
            out.println("skus=" + progress.skus());
            out.println("rejected=" + progress.rejected());
            out.println("databaseMillis=" + progress.databaseMillis());
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getHeader(CSRF_HEADER) == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "The header " + CSRF_HEADER + " is required");
            return;
        }
        Properties options = new Properties();
        String chunkSize = request.getParameter("chunkSize");
        if (chunkSize != null && chunkSize.matches("\\d{1,5}")) {
            options.setProperty("chunkSize", chunkSize);
        }
        response.setContentType("text/plain; charset=UTF-8");
        try {
            long run = imports.start(request.getInputStream(), options);
            response.setStatus(HttpServletResponse.SC_ACCEPTED);
            response.getWriter().println(run);
        } catch (BusinessRuleViolation e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.getWriter().println(Messages.text(Messages.RULES, Locale.ENGLISH, e.messageKey(), e.arguments()));
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
