package org.emporium.admin.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emporium.admin.control.LoginPolicy;
import org.emporium.admin.entity.LoginAttempt;

/**
 * Slows down password guessing on the back-office login: every attempt is written to the database and a
 * login is refused while its user name or its remote address has too many recent failures (see
 * {@link LoginPolicy}; limits from {@code emporium.login.*}). The counts live in the database, not in
 * memory, so every node of a cluster refuses the same logins. Open to everyone: it is asked before anyone
 * has logged in.
 */
@Stateless
@PermitAll
public class LoginThrottle {

    private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());

    /** Attempts are kept this long at least: long enough to look into an attack the morning after. */
    private static final Duration KEPT = Duration.ofDays(1);

    @Inject
    @ConfigProperty(name = "emporium.login.max-failures-per-user", defaultValue = "5")
    int maxFailuresPerUser;

    @Inject
    @ConfigProperty(name = "emporium.login.max-failures-per-address", defaultValue = "20")
    int maxFailuresPerAddress;

    @Inject
    @ConfigProperty(name = "emporium.login.window-minutes", defaultValue = "15")
    int windowMinutes;

    @PersistenceContext
    EntityManager em;

    private LoginPolicy policy;

    @PostConstruct
    void readLimits() {
        policy = new LoginPolicy(maxFailuresPerUser, maxFailuresPerAddress, Duration.ofMinutes(windowMinutes));
    }

    /**
     * Whether a login for the name from the address may be tried now. Only the newest attempts the limits
     * need are read: if the newest {@code max} of a name are all failures the name is locked, and if any of
     * them succeeded it is not.
     */
    public Verdict check(String username, String address) {
        OffsetDateTime now = now();
        OffsetDateTime since = policy.windowStart(now);
        List<LoginAttempt> ofName = em.createQuery(
                        "SELECT a FROM LoginAttempt a WHERE a.username = :u AND a.attemptedAt > :since"
                                + " ORDER BY a.attemptedAt DESC, a.id DESC",
                        LoginAttempt.class)
                .setParameter("u", LoginAttempt.normalizedUsername(username))
                .setParameter("since", since)
                .setMaxResults(policy.maxFailuresPerUser())
                .getResultList();
        List<LoginAttempt> fromAddress = em.createQuery(
                        "SELECT a FROM LoginAttempt a WHERE a.remoteAddress = :r AND a.succeeded = FALSE"
                                + " AND a.attemptedAt > :since ORDER BY a.attemptedAt DESC, a.id DESC",
                        LoginAttempt.class)
                .setParameter("r", LoginAttempt.normalizedAddress(address))
                .setParameter("since", since)
                .setMaxResults(policy.maxFailuresPerAddress())
                .getResultList();
        return policy.lockedUntil(ofName, fromAddress, now).map(Verdict::locked).orElseGet(Verdict::allowed);
    }

    /**
     * Writes down how a login ended. In a transaction of its own, so that a failure is counted although the
     * failed login itself writes nothing and may be rolled back with whatever surrounds it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String username, String address, boolean succeeded) {
        em.persist(new LoginAttempt(username, address, succeeded, now()));
    }

    /**
     * Every node runs this timer (it is not persistent); the delete is the same on each, so a second run
     * finds nothing left to do.
     */
    @Schedule(hour = "4", minute = "41", persistent = false)
    void nightly() {
        Duration window = Duration.ofMinutes(windowMinutes);
        purgeBefore(now().minus(window.compareTo(KEPT) > 0 ? window : KEPT));
    }

    /** Deletes the attempts older than the cutoff; returns how many went. */
    public int purgeBefore(OffsetDateTime cutoff) {
        int purged = em.createQuery("DELETE FROM LoginAttempt a WHERE a.attemptedAt < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
        LOG.info(() -> "Purged " + purged + " login attempts before " + cutoff);
        return purged;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** Whether a login may be tried now; when not, the moment from which it may. */
    public record Verdict(OffsetDateTime lockedUntil) {

        public static Verdict allowed() {
            return new Verdict(null);
        }

        public static Verdict locked(OffsetDateTime until) {
            return new Verdict(until);
        }

        public boolean isAllowed() {
            return lockedUntil == null;
        }
    }
}
