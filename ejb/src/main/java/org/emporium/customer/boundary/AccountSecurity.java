package org.emporium.customer.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emporium.customer.control.Attempts;
import org.emporium.customer.control.CodeRequests;
import org.emporium.customer.control.CustomerSettings;
import org.emporium.customer.control.PasswordRules;
import org.emporium.customer.control.Passwords;
import org.emporium.customer.control.Secrets;
import org.emporium.customer.entity.CodePurpose;
import org.emporium.customer.entity.CustomerAccount;
import org.emporium.customer.entity.EmailChange;
import org.emporium.customer.entity.OneTimeCode;
import org.emporium.customer.entity.RememberMeToken;
import org.emporium.notification.boundary.Notifications;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * What a signed-in shopper changes about their own account's security: the password (the current one asked
 * first, when there is one), the mobile number (confirmed by a code sent to the new number), the email
 * (confirmed by a link mailed to the new address), and where they are signed in — remembered browsers, and
 * "sign out everywhere else", which ends every other session at its next page and forgets every other
 * remembered browser.
 */
@Stateless
public class AccountSecurity {

    public static final Duration EMAIL_LINK_VALIDITY = Duration.ofMinutes(60);

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Attempts attempts;

    @Inject
    Notifications notifications;

    @Inject
    CustomerSettings settings;

    /** A browser remembered for the account; {@code current} is the one asking. */
    public record RememberedBrowser(long id, OffsetDateTime since, OffsetDateTime lastUsed, boolean current) {}

    /** Whether the account has a password (an account opened with an external login may not). */
    public boolean hasPassword(long accountId) {
        return account(accountId).hasPassword();
    }

    /**
     * Sets a new password; the current one must be given when the account has one. Every remembered browser but
     * the asking one ({@code keepCookie}, may be null) is forgotten: whoever knew the old password may hold one.
     */
    public void changePassword(long accountId, String current, String next, String keepCookie) {
        CustomerAccount account = account(accountId);
        if (account.hasPassword() && !passwords.verify(current == null ? "" : current, account.getPasswordHash())) {
            throw new BusinessRuleViolation("customer.password.current-wrong");
        }
        if (!PasswordRules.acceptable(next)) {
            throw new BusinessRuleViolation("customer.password.weak", PasswordRules.MIN, PasswordRules.MAX);
        }
        account.changePassword(passwords.hash(next), now());
        forgetOthers(accountId, keepCookie);
    }

    /** The browsers remembered for the account, newest use first. */
    public List<RememberedBrowser> remembered(long accountId, String currentCookie) {
        String currentSeries = series(currentCookie).map(Secrets::hash).orElse("");
        return em.createQuery(
                        "SELECT t FROM RememberMeToken t WHERE t.accountId = :a AND t.expiresAt > :now"
                                + " ORDER BY t.lastUsedAt DESC",
                        RememberMeToken.class)
                .setParameter("a", accountId)
                .setParameter("now", now())
                .getResultStream()
                .map(t -> new RememberedBrowser(
                        t.getId(),
                        t.getCreatedAt(),
                        t.getLastUsedAt(),
                        t.getSeriesHash().equals(currentSeries)))
                .toList();
    }

    /**
     * Ends every session of the account begun before now (each at its next page) and forgets every remembered
     * browser but the asking one.
     *
     * @return the moment from which sessions count: the asking session signs in again at it
     */
    public OffsetDateTime signOutEverywhereElse(long accountId, String keepCookie) {
        // in milliseconds, which every database keeps exactly: the asking session's stamp equals the stored one
        OffsetDateTime now = now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        account(accountId).endSessionsBefore(now);
        forgetOthers(accountId, keepCookie);
        return now;
    }

    /** Whether a session signed in at {@code signedInAt} still counts. */
    public boolean sessionValid(long accountId, OffsetDateTime signedInAt) {
        List<OffsetDateTime> from = em.createQuery(
                        "SELECT a.sessionsValidFrom FROM CustomerAccount a WHERE a.id = :a", OffsetDateTime.class)
                .setParameter("a", accountId)
                .getResultList();
        return !from.isEmpty() && (from.get(0) == null || signedInAt == null || !signedInAt.isBefore(from.get(0)));
    }

    /** Sends a code to the mobile number that is to replace the account's. */
    public void requestPhoneCode(long accountId, String phoneText, String locale) {
        String phone = Registration.phone(phoneText);
        CustomerAccount account = account(accountId);
        if (phone.equals(account.getPhone())) {
            throw new BusinessRuleViolation("customer.phone.same");
        }
        if (byPhone(phone).isPresent()) {
            throw new BusinessRuleViolation("customer.phone.taken", phone);
        }
        OffsetDateTime now = now();
        List<OffsetDateTime> earlier = em.createQuery(
                        "SELECT c.createdAt FROM OneTimeCode c WHERE c.phone = :p AND c.createdAt > :since",
                        OffsetDateTime.class)
                .setParameter("p", phone)
                .setParameter("since", now.minusHours(1))
                .getResultList();
        CodeRequests.waitBeforeNext(earlier, now).ifPresent(wait -> {
            throw new BusinessRuleViolation("customer.code.wait", Math.max(1, wait.toSeconds()));
        });
        String code = Secrets.sixDigits();
        em.persist(
                new OneTimeCode(phone, CodePurpose.PHONE_CHANGE, Secrets.hash(code), now, Registration.CODE_VALIDITY));
        Notifications.Receipt receipt = notifications.sms(
                "customer.verification-code",
                phone,
                Registration.locale(locale == null ? account.getLocale() : locale),
                Map.of("code", code, "minutes", String.valueOf(Registration.CODE_VALIDITY.toMinutes())));
        if (!receipt.accepted()) {
            throw new BusinessRuleViolation("customer.code.refused");
        }
    }

    /** Replaces the account's mobile number with the one the code was sent to. */
    public void changePhone(long accountId, String phoneText, String code) {
        String phone = Registration.phone(phoneText);
        OffsetDateTime now = now();
        OneTimeCode latest = em.createQuery(
                        "SELECT c FROM OneTimeCode c WHERE c.phone = :p AND c.purpose = :purpose ORDER BY c.createdAt DESC",
                        OneTimeCode.class)
                .setParameter("p", phone)
                .setParameter("purpose", CodePurpose.PHONE_CHANGE)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .filter(c -> c.usable(now))
                .orElseThrow(() -> new BusinessRuleViolation("customer.code.invalid"));
        if (!Secrets.matches(code == null ? "" : code.strip(), latest.getCodeHash())) {
            attempts.wrongCode(latest.getId());
            throw new BusinessRuleViolation("customer.code.invalid");
        }
        if (byPhone(phone).isPresent()) {
            throw new BusinessRuleViolation("customer.phone.taken", phone);
        }
        latest.use(now);
        account(accountId).changePhone(phone);
    }

    /** Mails a link to the new email; the account's email changes when the link is opened. */
    public void requestEmailChange(long accountId, String emailText, String locale) {
        String email = Customers.canonicalEmail(emailText);
        CustomerAccount account = account(accountId);
        if (email.equals(account.getEmail())) {
            throw new BusinessRuleViolation("customer.email.same");
        }
        if (emailTaken(email, accountId)) {
            throw new BusinessRuleViolation("customer.email.taken");
        }
        OffsetDateTime now = now();
        long recent = em.createQuery(
                        "SELECT COUNT(c) FROM EmailChange c WHERE c.accountId = :a AND c.createdAt > :since",
                        Long.class)
                .setParameter("a", accountId)
                .setParameter("since", now.minusHours(1))
                .getSingleResult();
        if (recent >= 3) {
            throw new BusinessRuleViolation("customer.email.too-many");
        }
        String token = Secrets.linkToken();
        em.persist(new EmailChange(accountId, email, Secrets.hash(token), now, EMAIL_LINK_VALIDITY));
        notifications.email(
                "customer.email-change",
                email,
                Registration.locale(locale == null ? account.getLocale() : locale),
                Map.of(
                        "link",
                        settings.baseUrl() + "/confirm-email.xhtml?t="
                                + URLEncoder.encode(token, StandardCharsets.UTF_8),
                        "minutes",
                        String.valueOf(EMAIL_LINK_VALIDITY.toMinutes())));
    }

    /**
     * Opens an email change's link: the account gets the new email.
     *
     * @return the new email
     */
    public String confirmEmail(String token) {
        OffsetDateTime now = now();
        EmailChange change = token == null || token.isBlank()
                ? null
                : em.createQuery("SELECT c FROM EmailChange c WHERE c.tokenHash = :h", EmailChange.class)
                        .setParameter("h", Secrets.hash(token.strip()))
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (change == null || !change.usable(now)) {
            throw new BusinessRuleViolation("customer.email.link-invalid");
        }
        if (emailTaken(change.getEmail(), change.getAccountId())) {
            throw new BusinessRuleViolation("customer.email.taken");
        }
        change.use(now);
        account(change.getAccountId()).setEmail(change.getEmail());
        return change.getEmail();
    }

    private boolean emailTaken(String email, long accountId) {
        return em.createQuery("SELECT COUNT(a) FROM CustomerAccount a WHERE a.email = :e AND a.id <> :id", Long.class)
                        .setParameter("e", email)
                        .setParameter("id", accountId)
                        .getSingleResult()
                > 0;
    }

    private void forgetOthers(long accountId, String keepCookie) {
        String keep = series(keepCookie).map(Secrets::hash).orElse("");
        em.createQuery("DELETE FROM RememberMeToken t WHERE t.accountId = :a AND t.seriesHash <> :keep")
                .setParameter("a", accountId)
                .setParameter("keep", keep)
                .executeUpdate();
    }

    private Optional<CustomerAccount> byPhone(String phone) {
        return em.createQuery("SELECT a FROM CustomerAccount a WHERE a.phone = :p", CustomerAccount.class)
                .setParameter("p", phone)
                .getResultStream()
                .findFirst();
    }

    private CustomerAccount account(long accountId) {
        CustomerAccount account = em.find(CustomerAccount.class, accountId);
        if (account == null) {
            throw new BusinessRuleViolation("customer.unknown");
        }
        return account;
    }

    private static Optional<String> series(String cookie) {
        if (cookie == null) {
            return Optional.empty();
        }
        int dot = cookie.indexOf('.');
        return dot > 0 ? Optional.of(cookie.substring(0, dot)) : Optional.empty();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
