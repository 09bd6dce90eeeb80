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
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.emporium.batch.boundary.Jobs;
import org.emporium.catalog.boundary.RowRejection;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.web.ui.LocaleSwitch;
import org.emporium.web.ui.Messages;

/**
 * The error report of an import run, {@code /jobs/import-report?run=42}: one line per problem, in row order,
 * with the message in the language the staff member reads the back office in. The job stores the messages
 * as keys, so the same report reads in Chinese for one colleague and in English for another.
 */
@WebServlet(ImportReportDownload.PATH)
@ServletSecurity(@HttpConstraint(rolesAllowed = {Jobs.OPS, Jobs.CATALOG_MANAGER}))
@DeclareRoles({Jobs.OPS, Jobs.CATALOG_MANAGER})
public class ImportReportDownload extends HttpServlet {

    public static final String PATH = "/jobs/import-report";

    static final String BOM = "\uFEFF";

    private static final long serialVersionUID = 1L;

    @Inject
    Jobs jobs;

    @Inject
    LocaleSwitch locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long run;
        Optional<List<RowRejection>> lines;
        try {
            run = Long.parseLong(request.getParameter(JobConsole.RUN_PARAMETER));
            lines = jobs.importReportLines(run);
        } catch (NumberFormatException | BusinessRuleViolation e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (lines.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Locale language = locale.getCurrent();
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"product-import-" + run + "-errors.csv\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        StringBuilder csv = new StringBuilder(BOM);
        csv.append(record(
                        text(language, "jobs.report.row"),
                        text(language, "jobs.report.column"),
                        text(language, "jobs.report.value"),
                        text(language, "jobs.report.message")))
                .append("\r\n");
        for (RowRejection line : lines.get()) {
            csv.append(record(
                            Long.toString(line.row()),
                            line.column(),
                            line.value(),
                            Messages.text(
                                    Messages.RULES,
                                    language,
                                    line.messageKey(),
                                    line.arguments().toArray())))
                    .append("\r\n");
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(bytes);
        }
    }

    private static String text(Locale language, String key) {
        return Messages.text(JobConsole.BUNDLE, language, key);
    }

    /** RFC 4180, as the exports write it; a cell starting with = + - @ is prefixed so Excel shows it, not runs it. */
    static String record(String... fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            String f = fields[i] == null ? "" : fields[i];
            if (!f.isEmpty() && "=+-@".indexOf(f.charAt(0)) >= 0) {
                f = "'" + f;
            }
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                f = '"' + f.replace("\"", "\"\"") + '"';
            }
            line.append(f);
        }
        return line.toString();
    }
}
