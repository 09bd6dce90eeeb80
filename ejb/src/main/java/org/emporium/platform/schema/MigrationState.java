package org.emporium.platform.schema;

import java.util.List;

/** What the last migration run did: the schema version reached, what it applied, or why it failed. */
public record MigrationState(boolean ran, boolean succeeded, String version, List<String> applied, String error) {

    static MigrationState notRun() {
        return new MigrationState(false, false, "none", List.of(), null);
    }

    static MigrationState succeeded(String version, List<String> applied) {
        return new MigrationState(true, true, version, List.copyOf(applied), null);
    }

    static MigrationState failed(String error) {
        return new MigrationState(true, false, "unknown", List.of(), error);
    }
}
