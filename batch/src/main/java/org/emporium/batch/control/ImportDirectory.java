package org.emporium.batch.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where uploaded import files wait for their job: {@code emporium.import.dir}, or {@code imports} beside the
 * export directory. Like that one, with more than one node it must be storage every node mounts: the node
 * that runs (or restarts) the job need not be the one that took the upload.
 */
@ApplicationScoped
public class ImportDirectory {

    public static final String CONFIG_KEY = "emporium.import.dir";

    @Inject
    @ConfigProperty(name = CONFIG_KEY)
    Optional<String> configured;

    @Inject
    ExportDirectory exports;

    /** The directory, created if it is missing. */
    public Path path() {
        Path dir = configured
                .filter(s -> !s.isBlank())
                .map(Path::of)
                .orElseGet(() -> exports.path().resolveSibling("imports"))
                .toAbsolutePath()
                .normalize();
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the import directory " + dir, e);
        }
    }

    /** The file, if it exists and lies inside the directory: a job parameter may name anything. */
    public Optional<Path> find(String file) {
        return file == null || file.isBlank() ? Optional.empty() : ExportDirectory.inside(path(), Path.of(file));
    }
}
