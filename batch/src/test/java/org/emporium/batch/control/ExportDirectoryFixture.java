package org.emporium.batch.control;

import java.nio.file.Path;
import java.util.Optional;

/** An export directory configured as MicroProfile Config would, for tests outside the container. */
public final class ExportDirectoryFixture {

    private ExportDirectoryFixture() {}

    public static ExportDirectory at(Path dir) {
        ExportDirectory exports = new ExportDirectory();
        exports.configured = Optional.of(dir.toString());
        return exports;
    }
}
