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
import java.util.Locale;
import org.emporium.batch.boundary.Jobs;
import org.emporium.batch.boundary.ProductImports;

/** The product import template, {@code /jobs/import-template?format=xlsx} or {@code csv}; any staff member may fetch it. */
@WebServlet(ImportTemplateDownload.PATH)
@ServletSecurity(@HttpConstraint(rolesAllowed = Jobs.STAFF))
@DeclareRoles(Jobs.STAFF)
public class ImportTemplateDownload extends HttpServlet {

    public static final String PATH = "/jobs/import-template";

    private static final long serialVersionUID = 1L;

    @Inject
    ProductImports imports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProductImports.Format format;
        try {
            format = ProductImports.Format.valueOf(
                    String.valueOf(request.getParameter("format")).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] template = imports.template(format);
        response.setContentType(format.contentType);
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"product-import-template."
                        + format.name().toLowerCase(Locale.ROOT) + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(template.length);
        response.getOutputStream().write(template);
    }
}
