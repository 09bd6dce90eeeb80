package org.emporium.customer.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emporium.customer.control.Attempts;
import org.emporium.customer.control.CodeRequests;
import org.emporium.customer.control.Lockout;
import org.emporium.customer.control.Phones;
import org.emporium.customer.control.Secrets;
import org.emporium.customer.entity.AccountStatus;
import org.emporium.customer.entity.CodePurpose;
import org.emporium.customer.entity.CustomerAccount;
import org.emporium.customer.entity.OneTimeCode;
import org.emporium.customer.entity.RememberMeToken;
import org.emporium.customer.entity.ShopperLoginAttempt;
import org.emporium.customer.entity.ShopperLoginAttempt.Method;
import org.emporium.notification.boundary.Notifications;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * A shopper signs in with a password or with a six-digit code sent to the mobile number, and may be remembered
 * on a browser. Every try is counted in the database; after {@code emporium.shopper-login.max-failures-per-login}
 * (5) failures for a login, or {@code max-failures-per-address} (20) from one address, within
 * {@code window-minutes} (15), further tries are refused without checking anything until the failures leave the
 * window — on every node alike. Asking for login codes is held to one a minute and five an hour per number, and
 * {@value #CODES_PER_ADDRESS_HOUR} an hour per address.
 */
@Stateless
public class ShopperLogin {

    private static final Logger LOG = Logger.getLogger(ShopperLogin.class.getName());

    public static final Duration CODE_VALIDITY = Duration.ofMinutes(5);
    public static final Duration REMEMBERED = Duration.ofDays(30);
    static final int CODES_PER_ADDRESS_HOUR = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    Customers customers;

    @Inject
    Attempts attempts;

    @Inject
    Notifications notifications;

    @Inject
    @ConfigProperty(name = "emporium.shopper-login.max-failures-per-login", defaultValue = "5")
    int maxPerLogin;

    @Inject
    @ConfigProperty(name = "emporium.shopper-login.max-failures-per-address", defaultValue = "20")
    int maxPerAddress;

    @Inject
    @ConfigProperty(name = "emporium.shopper-login.window-minutes", defaultValue = "15")
    int windowMinutes;

    private Lockout lockout;

    @PostConstruct
    void readLimits() {
        lockout = new Lockout(maxPerLogin, maxPerAddress, Duration.ofMinutes(windowMinutes));
    }

    /** How a sign-in ended: the shopper, or nothing (wrong), or nothing until a time (locked). */
    public record Outcome(Customers.Summary shopper, OffsetDateTime lockedUntil) {

        public boolean signedIn() {
            return shopper != null;
        }

        public boolean locked() {
            return lockedUntil != null;
        }
    }

    /** A remembered browser signed in again: the shopper and the cookie's next value. */
    public record Resumed(Customers.Summary shopper, String nextCookie) {}

    /** Signs in with a mobile number or email and the password. */
    public Outcome withPassword(String login, String password, String address) {
        OffsetDateTime now = now();
        String key = keyOf(login);
        Optional<OffsetDateTime> locked = lockedUntil(key, address, now);
        if (locked.isPresent()) {
            return new Outcome(null, locked.get());
        }
        Optional<Customers.Summary> shopper = customers.authenticate(login, password);
        attempts.login(key, address, Method.PASSWORD, shopper.isPresent(), now);
        return shopper.map(s -> new Outcome(s, null))
                .orElseGet(
                        () -> new Outcome(null, lockedUntil(key, address, now).orElse(null)));
    }

    /** Sends a login code to the mobile number of an account. */
    public void sendCode(String phoneText, String locale, String address) {
        String phone = Registration.phone(phoneText);
        OffsetDateTime now = now();
        lockedUntil(phone, address, now).ifPresent(until -> {
            throw new BusinessRuleViolation("customer.login.locked", clock(until));
        });
        long fromAddress = em.createQuery(
                        "SELECT COUNT(a) FROM ShopperLoginAttempt a WHERE a.remoteAddress = :r AND a.method = :m"
                                + " AND a.attemptedAt > :since",
                        Long.class)
                .setParameter("r", ShopperLoginAttempt.address(address))
                .setParameter("m", Method.SEND)
                .setParameter("since", now.minusHours(1))
                .getSingleResult();
        if (fromAddress >= CODES_PER_ADDRESS_HOUR) {
            throw new BusinessRuleViolation("customer.code.too-many");
        }
        CustomerAccount account = accountByPhone(phone)
                .filter(a -> a.getStatus() == AccountStatus.ACTIVE)
                .orElseThrow(() -> new BusinessRuleViolation("customer.login.phone.unknown", phone));
        List<OffsetDateTime> earlier = em.createQuery(
                        "SELECT c.createdAt FROM OneTimeCode c WHERE c.phone = :p AND c.purpose = :purpose"
                                + " AND c.createdAt > :since",
                        OffsetDateTime.class)
                .setParameter("p", phone)
                .setParameter("purpose", CodePurpose.LOGIN)
                .setParameter("since", now.minusHours(1))
                .getResultList();
        CodeRequests.waitBeforeNext(earlier, now).ifPresent(wait -> {
            throw new BusinessRuleViolation("customer.code.wait", Math.max(1, wait.toSeconds()));
        });
        attempts.login(phone, address, Method.SEND, true, now);
        String code = Secrets.sixDigits();
        em.persist(new OneTimeCode(phone, CodePurpose.LOGIN, Secrets.hash(code), now, CODE_VALIDITY));
        Notifications.Receipt receipt = notifications.sms(
                "customer.verification-code",
                phone,
                Registration.locale(locale == null ? account.getLocale() : locale),
                Map.of("code", code, "minutes", String.valueOf(CODE_VALIDITY.toMinutes())));
        if (!receipt.accepted()) {
            throw new BusinessRuleViolation("customer.code.refused");
        }
    }

    /** Signs in with the code the mobile number received; a code is good for one sign-in. */
    public Outcome withCode(String phoneText, String code, String address) {
        Optional<String> canonical = Phones.canonical(phoneText);
        if (canonical.isEmpty()) {
            return new Outcome(null, null); // no number, no account to guess at
        }
        String phone = canonical.get();
        OffsetDateTime now = now();
        Optional<OffsetDateTime> locked = lockedUntil(phone, address, now);
        if (locked.isPresent()) {
            return new Outcome(null, locked.get());
        }
        Optional<OneTimeCode> latest = em.createQuery(
                        "SELECT c FROM OneTimeCode c WHERE c.phone = :p AND c.purpose = :purpose"
                                + " ORDER BY c.createdAt DESC",
                        OneTimeCode.class)
                .setParameter("p", phone)
                .setParameter("purpose", CodePurpose.LOGIN)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
        Optional<CustomerAccount> account = accountByPhone(phone).filter(a -> a.getStatus() == AccountStatus.ACTIVE);
        boolean right = latest.isPresent()
                && latest.get().usable(now)
                && account.isPresent()
                && Secrets.matches(code, latest.get().getCodeHash());
        if (!right) {
            latest.filter(c -> c.usable(now)).ifPresent(c -> attempts.wrongCode(c.getId()));
            attempts.login(phone, address, Method.CODE, false, now);
            return new Outcome(null, lockedUntil(phone, address, now).orElse(null));
        }
        latest.get().use(now);
        attempts.login(phone, address, Method.CODE, true, now);
        return new Outcome(customers.byId(account.get().getId()).orElseThrow(), null);
    }

    /** Remembers a browser for {@link #REMEMBERED}; the value of its cookie, {@code series.token}. */
    public String remember(long accountId) {
        String series = Secrets.linkToken();
        String token = Secrets.linkToken();
        em.persist(new RememberMeToken(accountId, Secrets.hash(series), Secrets.hash(token), now(), REMEMBERED));
        return series + "." + token;
    }

    /**
     * Signs a remembered browser in again, replacing its token. A wrong token for a live series means the cookie
     * was copied and used: every remembered browser of the account is forgotten.
     */
    public Optional<Resumed> resume(String cookie) {
        Optional<String[]> parts = split(cookie);
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        Optional<RememberMeToken> found = em.createQuery(
                        "SELECT t FROM RememberMeToken t WHERE t.seriesHash = :s", RememberMeToken.class)
                .setParameter("s", Secrets.hash(parts.get()[0]))
                .getResultStream()
                .findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RememberMeToken remembered = found.get();
        String next = Secrets.linkToken();
        switch (remembered.use(Secrets.hash(parts.get()[1]), Secrets.hash(next), now())) {
            case ACCEPTED -> {
                return customers
                        .byId(remembered.getAccountId())
                        .filter(s -> active(s.id()))
                        .map(s -> new Resumed(s, parts.get()[0] + "." + next));
            }
            case STOLEN -> {
                LOG.warning(() -> "A remember-me token of account " + remembered.getAccountId()
                        + " was used twice: forgetting every remembered browser of the account");
                forgetAll(remembered.getAccountId());
                return Optional.empty();
            }
            default -> {
                em.remove(remembered);
                return Optional.empty();
            }
        }
    }

    /** Forgets the browser this cookie remembers (at sign-out). */
    public void forget(String cookie) {
        split(cookie)
                .ifPresent(p -> em.createQuery("DELETE FROM RememberMeToken t WHERE t.seriesHash = :s")
                        .setParameter("s", Secrets.hash(p[0]))
                        .executeUpdate());
    }

    /** Forgets every remembered browser of an account (its password changed, or a token was stolen). */
    public void forgetAll(long accountId) {
        em.createQuery("DELETE FROM RememberMeToken t WHERE t.accountId = :a")
                .setParameter("a", accountId)
                .executeUpdate();
    }

    /** Until when sign-in for the login from the address is refused, if it is. */
    public Optional<OffsetDateTime> lockedUntil(String login, String address) {
        return lockedUntil(keyOf(login), address, now());
    }

    /** Attempts older than a day go every night, on each node alike (the delete is the same). */
    @Schedule(hour = "4", minute = "47", persistent = false)
    void nightly() {
        OffsetDateTime cutoff = now().minus(Duration.ofDays(1).plus(lockout.window()));
        em.createQuery("DELETE FROM ShopperLoginAttempt a WHERE a.attemptedAt < :c")
                .setParameter("c", cutoff)
                .executeUpdate();
        em.createQuery("DELETE FROM RememberMeToken t WHERE t.expiresAt < :c")
                .setParameter("c", now())
                .executeUpdate();
    }

    private Optional<OffsetDateTime> lockedUntil(String key, String address, OffsetDateTime now) {
        OffsetDateTime since = lockout.windowStart(now);
        List<Lockout.Attempt> ofLogin = em.createQuery(
                        "SELECT a FROM ShopperLoginAttempt a WHERE a.loginKey = :k AND a.method <> :send"
                                + " AND a.attemptedAt > :since ORDER BY a.attemptedAt DESC, a.id DESC",
                        ShopperLoginAttempt.class)
                .setParameter("k", ShopperLoginAttempt.key(key))
                .setParameter("send", Method.SEND)
                .setParameter("since", since)
                .setMaxResults(Math.max(lockout.maxPerLogin(), 1) * 4)
                .getResultStream()
                .map(a -> new Lockout.Attempt(a.getAttemptedAt(), a.isSucceeded()))
                .toList();
        List<Lockout.Attempt> fromAddress = em.createQuery(
                        "SELECT a FROM ShopperLoginAttempt a WHERE a.remoteAddress = :r AND a.succeeded = FALSE"
                                + " AND a.attemptedAt > :since ORDER BY a.attemptedAt DESC, a.id DESC",
                        ShopperLoginAttempt.class)
                .setParameter("r", ShopperLoginAttempt.address(address))
                .setParameter("since", since)
                .setMaxResults(lockout.maxPerAddress())
                .getResultStream()
                .map(a -> new Lockout.Attempt(a.getAttemptedAt(), false))
                .toList();
        return lockout.lockedUntil(ofLogin, fromAddress, now);
    }

    private boolean active(long accountId) {
        CustomerAccount a = em.find(CustomerAccount.class, accountId);
        return a != null && a.getStatus() == AccountStatus.ACTIVE;
    }

    private Optional<CustomerAccount> accountByPhone(String phone) {
        return em.createQuery("SELECT a FROM CustomerAccount a WHERE a.phone = :p", CustomerAccount.class)
                .setParameter("p", phone)
                .getResultStream()
                .findFirst();
    }

    /** A mobile number counts in its canonical form, whatever way it was typed. */
    private static String keyOf(String login) {
        return Phones.canonical(login).orElse(ShopperLoginAttempt.key(login));
    }

    private static Optional<String[]> split(String cookie) {
        if (cookie == null || cookie.length() > 200) {
            return Optional.empty();
        }
        String[] parts = cookie.split("\\.", -1);
        return parts.length == 2 && !parts[0].isEmpty() && !parts[1].isEmpty() ? Optional.of(parts) : Optional.empty();
    }

    /** A moment as the shop's clocks show it ("14:05", Beijing time), for messages. */
    public static String clock(OffsetDateTime at) {
        return java.time.format.DateTimeFormatter.ofPattern("HH:mm")
                .format(at.atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai")));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
