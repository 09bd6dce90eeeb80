package org.emporium.web.backoffice.jobs;

import jakarta.annotation.security.DeclareRoles;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.emporium.batch.boundary.Jobs;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * Streams the file of a completed export, by run: {@code /jobs/export?run=42}. The path comes from the
 * job repository, never from the request, and {@link Jobs#exportFile} serves only files inside the
 * export directory, so no parameter can reach another file of the server.
 */
@WebServlet(ExportDownload.PATH)
@ServletSecurity(@HttpConstraint(rolesAllowed = Jobs.OPS))
@DeclareRoles(Jobs.OPS)
public class ExportDownload extends HttpServlet {

    public static final String PATH = "/jobs/export";

    private static final long serialVersionUID = 1L;

    @Inject
    Jobs jobs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Path> file;
        try {
            file = jobs.exportFile(Long.parseLong(request.getParameter(JobConsole.RUN_PARAMETER)));
        } catch (NumberFormatException | BusinessRuleViolation e) {
            file = Optional.empty();
        }
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Path path = file.get();
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + safeName(path) + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLengthLong(Files.size(path));
        Files.copy(path, response.getOutputStream());
    }

    /** The file name as the browser saves it; anything a header could trip on becomes an underscore. */
    static String safeName(Path path) {
        return path.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
