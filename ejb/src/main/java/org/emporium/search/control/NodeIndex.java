package org.emporium.search.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This node's product index, opened at first use and closed with the application. Its directory is
 * {@code emporium.search.dir}; by default {@code search-index} in the domain directory (Payara's
 * {@code com.sun.aas.instanceRoot}), so each node has its own and a re-created domain starts empty.
 */
@ApplicationScoped
public class NodeIndex {

    @Inject
    @ConfigProperty(name = "emporium.search.dir")
    Optional<String> configured;

    private volatile ProductIndex index;

    public ProductIndex get() {
        ProductIndex current = index;
        if (current == null) {
            synchronized (this) {
                if (index == null) {
                    index = ProductIndex.open(directory());
                }
                current = index;
            }
        }
        return current;
    }

    Path directory() {
        return configured
                .filter(d -> !d.isBlank())
                .map(Path::of)
                .orElseGet(() -> Path.of(
                        System.getProperty("com.sun.aas.instanceRoot", System.getProperty("java.io.tmpdir")),
                        "search-index"));
    }

    @PreDestroy
    synchronized void close() {
        if (index != null) {
            index.close();
            index = null;
        }
    }
}
