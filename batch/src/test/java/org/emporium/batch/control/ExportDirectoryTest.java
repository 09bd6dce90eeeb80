package org.emporium.batch.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportDirectoryTest {

    @TempDir
    Path root;

    @Test
    void the_configured_directory_is_created_when_missing() {
        ExportDirectory exports = configured(root.resolve("var/exports"));

        assertThat(exports.path()).isDirectory().isEqualTo(root.resolve("var/exports"));
    }

    @Test
    void a_file_inside_the_directory_is_found() throws IOException {
        ExportDirectory exports = configured(root.resolve("exports"));
        Path file = Files.writeString(exports.path().resolve("catalog-7.csv"), "x");

        assertThat(exports.find(file.toString())).contains(file.toRealPath());
    }

    @Test
    void a_file_outside_the_directory_is_not_found_however_it_is_named() throws IOException {
        ExportDirectory exports = configured(root.resolve("exports"));
        Path secret = Files.writeString(root.resolve("secret.txt"), "x");
        Path link = Files.createSymbolicLink(exports.path().resolve("innocent.csv"), secret);

        assertThat(exports.find(secret.toString())).isEmpty();
        assertThat(exports.find(exports.path().resolve("../secret.txt").toString()))
                .isEmpty();
        assertThat(exports.find(link.toString())).isEmpty();
    }

    @Test
    void a_missing_file_or_a_directory_is_not_found() {
        ExportDirectory exports = configured(root.resolve("exports"));

        assertThat(exports.find(exports.path().resolve("gone.csv").toString())).isEmpty();
        assertThat(exports.find(exports.path().toString())).isEmpty();
        assertThat(exports.find(null)).isEmpty();
    }

    private static ExportDirectory configured(Path dir) {
        return ExportDirectoryFixture.at(dir);
    }
}
