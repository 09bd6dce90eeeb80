package org.emporium.notification.control;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The shared secrets, read once per node: they never change once made. */
@ApplicationScoped
public class SharedSecrets {

    @Inject
    SigningKeys keys;

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public String secret(String name) {
        return cache.computeIfAbsent(name, n -> {
            try {
                return keys.secret(n);
            } catch (EJBException e) {
                // another node made it at the same moment: it is there now
                return keys.secret(n);
            }
        });
    }
}
