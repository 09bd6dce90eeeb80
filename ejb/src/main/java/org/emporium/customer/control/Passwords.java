package org.emporium.customer.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * Shoppers' password hashes: Jakarta Security's PBKDF2 (HMAC-SHA512, 210,000 iterations, as OWASP advises),
 * the same format as staff passwords. An unknown login is checked against a decoy hash, so it costs as
 * much time as a known one.
 */
@ApplicationScoped
public class Passwords {

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    /** Jakarta Security's own bean; looked up lazily so that the module deploys where it is missing. */
    @Inject
    Instance<Pbkdf2PasswordHash> hashes;

    private Pbkdf2PasswordHash hash;
    private String decoy;

    @PostConstruct
    void init() {
        if (hashes.isUnsatisfied()) {
            return;
        }
        hash = hashes.get();
        hash.initialize(PARAMETERS);
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        decoy = hash.generate(Base64.getEncoder().encodeToString(random).toCharArray());
    }

    public String hash(String password) {
        return available().generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        available();
        if (password == null) {
            return false;
        }
        if (storedHash == null) {
            hash.verify(password.toCharArray(), decoy);
            return false;
        }
        return hash.verify(password.toCharArray(), storedHash);
    }

    private Pbkdf2PasswordHash available() {
        if (hash == null) {
            throw new IllegalStateException("Jakarta Security's Pbkdf2PasswordHash is not available");
        }
        return hash;
    }
}
