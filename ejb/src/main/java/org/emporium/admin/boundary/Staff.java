package org.emporium.admin.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;
import org.emporium.admin.entity.StaffAccount;

/** The staff directory, as the back-office login needs it. */
@Stateless
public class Staff {

    @PersistenceContext
    EntityManager em;

    /** The enabled account's stored hash and roles; a disabled or unknown account has none. */
    public Optional<Credentials> credentials(String username) {
        return em.createQuery(
                        "SELECT s FROM StaffAccount s WHERE s.username = :u AND s.enabled = TRUE", StaffAccount.class)
                .setParameter("u", username)
                .getResultStream()
                .findFirst()
                .map(s -> new Credentials(s.getUsername(), s.getDisplayName(), s.getPasswordHash(), s.getRoles()));
    }

    /** What the login checks a password against. */
    public record Credentials(String username, String displayName, String passwordHash, Set<String> roles) {}
}
