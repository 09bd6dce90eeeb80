package org.emporium.batch.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.batch.control.ImportDirectory;
import org.emporium.batch.productimport.ImportFile;
import org.emporium.batch.productimport.ImportTemplate;
import org.emporium.batch.productimport.RowChecks;
import org.emporium.catalog.boundary.ProductImport;
import org.emporium.catalog.boundary.RowRejection;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * Bulk product creation as staff use it: download the template, upload a filled-in file, which starts the
 * {@code product-import} job. Catalogue managers import; the job changes the catalogue as the one who started
 * it (the batch runtime runs it with their identity), so its events name them.
 *
 * <p>No method runs in a transaction, for the reason {@link Jobs} gives.
 */
@Stateless
@DeclareRoles({Jobs.STAFF, Jobs.CATALOG_MANAGER})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProductImports {

    /** Larger than any sensible catalogue sheet: 100,000 products with long descriptions stay well below. */
    public static final long MAX_BYTES = 100L * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(ProductImports.class.getName());

    @Inject
    ImportDirectory imports;

    @Inject
    ProductImport catalog;

    @Inject
    Jobs jobs;

    /** The formats the template comes in, and an import may be uploaded in. */
    public enum Format {
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        CSV("text/csv; charset=UTF-8");

        public final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }
    }

    /** The template to fill in, with the columns for today's attributes. */
    @RolesAllowed({Jobs.STAFF, Jobs.CATALOG_MANAGER})
    public byte[] template(Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (format) {
            case XLSX -> ImportTemplate.xlsx(catalog.codes(), out);
            case CSV -> ImportTemplate.csv(catalog.codes(), out);
        }
        return out.toByteArray();
    }

    /**
     * Stores an uploaded file where every node can read it and starts the import of it. The format is told
     * by the content; a file that is neither, too large, or without the layout's header is refused at once
     * with the reason, rather than failing the job later.
     *
     * @return the execution id of the run
     */
    @RolesAllowed(Jobs.CATALOG_MANAGER)
    public long start(InputStream content, Properties options) {
        Path file = store(content);
        try {
            ImportFile.Format format = ImportFile.format(file);
            if (format == ImportFile.Format.CSV && !plainText(file)) {
                throw new BusinessRuleViolation("catalog.import.file.type");
            }
            Path named = Files.move(
                    file,
                    file.resolveSibling(file.getFileName() + "." + format.extension()),
                    StandardCopyOption.ATOMIC_MOVE);
            file = named;
            List<RowRejection> problems = header(named);
            if (!problems.isEmpty()) {
                RowRejection first = problems.get(0);
                throw new BusinessRuleViolation(
                        first.messageKey(), first.arguments().toArray());
            }
            Properties parameters = new Properties();
            if (options != null) {
                options.stringPropertyNames().forEach(k -> parameters.setProperty(k, options.getProperty(k)));
            }
            parameters.setProperty("source", named.toString());
            return jobs.start(Jobs.PRODUCT_IMPORT, parameters);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    private Path store(InputStream content) {
        Path file = imports.path().resolve("upload-" + UUID.randomUUID());
        try (InputStream in = content) {
            long written = 0;
            byte[] buffer = new byte[1 << 16];
            try (var out = Files.newOutputStream(file)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    written += n;
                    if (written > MAX_BYTES) {
                        throw new BusinessRuleViolation("catalog.import.file.size", MAX_BYTES / 1024 / 1024);
                    }
                    out.write(buffer, 0, n);
                }
            }
            return file;
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException("Cannot store the upload in " + file, e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    /** A CSV upload must be text: no NUL byte in its first 64 KiB (a binary file or UTF-16 has many). */
    private static boolean plainText(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(1 << 16);
            for (byte b : head) {
                if (b == 0) {
                    return false;
                }
            }
            return head.length > 0;
        }
    }

    private static List<RowRejection> header(Path file) {
        try (ImportFile f = ImportFile.open(file)) {
            return RowChecks.header(f.header());
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "An uploaded import file could not be read", e);
            throw new BusinessRuleViolation("catalog.import.file.unreadable", String.valueOf(e.getMessage()));
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot delete the refused upload " + file, e);
        }
    }
}
