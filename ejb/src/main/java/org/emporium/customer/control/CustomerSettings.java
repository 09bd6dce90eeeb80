package org.emporium.customer.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where the links in shoppers' mails point: the shop's public address, by default this instance. */
@ApplicationScoped
public class CustomerSettings {

    @Inject
    @ConfigProperty(name = "emporium.public-url")
    Optional<String> publicUrl;

    @Inject
    @ConfigProperty(name = "emporium.http-port", defaultValue = "8080")
    int httpPort;

    /** The shop's public address when configured. */
    public Optional<String> publicUrl() {
        return publicUrl.filter(s -> !s.isBlank()).map(s -> s.replaceAll("/+$", ""));
    }

    public String baseUrl() {
        return publicUrl
                .filter(s -> !s.isBlank())
                .map(s -> s.replaceAll("/+$", ""))
                .orElse("http://localhost:" + httpPort);
    }
}
