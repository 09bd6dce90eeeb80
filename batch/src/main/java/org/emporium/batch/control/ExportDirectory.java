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
 * Where jobs write the files that staff download: {@code emporium.export.dir}, or {@code exports} under the
 * server's working directory. With more than one node it must be storage that every node mounts, since the
 * node that serves a download is not necessarily the one that ran the job.
 */
@ApplicationScoped
public class ExportDirectory {

    public static final String CONFIG_KEY = "emporium.export.dir";

    @Inject
    @ConfigProperty(name = CONFIG_KEY)
    Optional<String> configured;

    /** The directory, created if it is missing. */
    public Path path() {
        Path dir = configured
                .filter(s -> !s.isBlank())
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.dir"), "exports"))
                .toAbsolutePath()
                .normalize();
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the export directory " + dir, e);
        }
    }

    /** The file, if it exists and lies inside the directory: a job's {@code output} may point anywhere. */
    public Optional<Path> find(String file) {
        return file == null ? Optional.empty() : inside(path(), Path.of(file));
    }

    /** Resolves links and {@code ..} first, so that neither can lead a download out of the directory. */
    static Optional<Path> inside(Path dir, Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            Path real = file.toRealPath();
            return real.startsWith(dir.toRealPath()) ? Optional.of(real) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
