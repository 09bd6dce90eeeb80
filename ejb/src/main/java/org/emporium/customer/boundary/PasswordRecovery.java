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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.emporium.customer.control.Attempts;
import org.emporium.customer.control.CustomerSettings;
import org.emporium.customer.control.PasswordRules;
import org.emporium.customer.control.Passwords;
import org.emporium.customer.control.Phones;
import org.emporium.customer.control.Secrets;
import org.emporium.customer.entity.CustomerAccount;
import org.emporium.customer.entity.PasswordReset;
import org.emporium.notification.boundary.Notifications;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * Password recovery: by email (a link with a single-use token, 30 minutes) or by SMS (a six-digit code,
 * 10 minutes, five tries). Asking reveals nothing: the answer is the same whether or not an account has that
 * email or number, and at most three resets an hour are sent to one account.
 */
@Stateless
public class PasswordRecovery {

    public static final Duration LINK_VALIDITY = Duration.ofMinutes(30);
    public static final Duration CODE_VALIDITY = Duration.ofMinutes(10);
    public static final int PER_HOUR = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifications notifications;

    @Inject
    Passwords passwords;

    @Inject
    Attempts attempts;

    @Inject
    CustomerSettings settings;

    /** Sends a reset link to an email, or a reset code to a mobile number, if an account has it. */
    public void request(String login, String locale) {
        if (login == null || login.isBlank()) {
            throw new BusinessRuleViolation("customer.login.required");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Optional<String> phone = Phones.canonical(login);
        Optional<CustomerAccount> account = phone.isPresent()
                ? byPhone(phone.get())
                : em.createQuery("SELECT a FROM CustomerAccount a WHERE a.email = :e", CustomerAccount.class)
                        .setParameter("e", login.strip().toLowerCase(Locale.ROOT))
                        .getResultStream()
                        .findFirst();
        if (account.isEmpty() || recentResets(account.get().getId(), now) >= PER_HOUR) {
            return;
        }
        CustomerAccount a = account.get();
        String lang = Registration.locale(locale == null ? a.getLocale() : locale);
        if (phone.isPresent()) {
            String code = Secrets.sixDigits();
            em.persist(new PasswordReset(a.getId(), "SMS", Secrets.hash(code), now, CODE_VALIDITY));
            notifications.sms(
                    "customer.password-reset",
                    a.getPhone(),
                    lang,
                    Map.of("code", code, "minutes", String.valueOf(CODE_VALIDITY.toMinutes())));
        } else {
            String token = Secrets.linkToken();
            em.persist(new PasswordReset(a.getId(), "EMAIL", Secrets.hash(token), now, LINK_VALIDITY));
            notifications.email(
                    "customer.password-reset",
                    a.getEmail(),
                    lang,
                    Map.of(
                            "link",
                            settings.baseUrl() + "/reset-password.xhtml?t="
                                    + URLEncoder.encode(token, StandardCharsets.UTF_8),
                            "minutes",
                            String.valueOf(LINK_VALIDITY.toMinutes())));
        }
    }

    /** Sets a new password with the token of a reset link. */
    public void resetWithLink(String token, String newPassword) {
        requireAcceptable(newPassword);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        PasswordReset reset = token == null
                ? null
                : em.createQuery(
                                "SELECT r FROM PasswordReset r WHERE r.tokenHash = :h AND r.channel = 'EMAIL'",
                                PasswordReset.class)
                        .setParameter("h", Secrets.hash(token.strip()))
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (reset == null || !reset.usable(now)) {
            throw new BusinessRuleViolation("customer.reset.invalid");
        }
        complete(reset, newPassword, now);
    }

    /** Sets a new password with the code a mobile number received. */
    public void resetWithCode(String phoneText, String code, String newPassword) {
        requireAcceptable(newPassword);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        CustomerAccount account = Phones.canonical(phoneText)
                .flatMap(this::byPhone)
                .orElseThrow(() -> new BusinessRuleViolation("customer.reset.invalid"));
        PasswordReset latest = em.createQuery(
                        "SELECT r FROM PasswordReset r WHERE r.accountId = :a AND r.channel = 'SMS' ORDER BY r.createdAt DESC",
                        PasswordReset.class)
                .setParameter("a", account.getId())
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessRuleViolation("customer.reset.invalid"));
        if (!latest.usable(now)) {
            throw new BusinessRuleViolation("customer.reset.invalid");
        }
        if (!Secrets.matches(code, latest.getTokenHash())) {
            attempts.wrongReset(latest.getId());
            throw new BusinessRuleViolation("customer.reset.invalid");
        }
        complete(latest, newPassword, now);
    }

    private void complete(PasswordReset reset, String newPassword, OffsetDateTime now) {
        reset.use(now);
        CustomerAccount account = em.find(CustomerAccount.class, reset.getAccountId());
        account.changePassword(passwords.hash(newPassword), now);
        // Every other reset still open for the account dies with this one.
        em.createQuery("UPDATE PasswordReset r SET r.usedAt = :now WHERE r.accountId = :a AND r.usedAt IS NULL")
                .setParameter("now", now)
                .setParameter("a", account.getId())
                .executeUpdate();
        // A new password signs every remembered browser out: whoever knew the old one may hold one of them.
        em.createQuery("DELETE FROM RememberMeToken t WHERE t.accountId = :a")
                .setParameter("a", account.getId())
                .executeUpdate();
    }

    private long recentResets(long accountId, OffsetDateTime now) {
        return em.createQuery(
                        "SELECT COUNT(r) FROM PasswordReset r WHERE r.accountId = :a AND r.createdAt > :since",
                        Long.class)
                .setParameter("a", accountId)
                .setParameter("since", now.minusHours(1))
                .getSingleResult();
    }

    private Optional<CustomerAccount> byPhone(String phone) {
        return em.createQuery("SELECT a FROM CustomerAccount a WHERE a.phone = :p", CustomerAccount.class)
                .setParameter("p", phone)
                .getResultStream()
                .findFirst();
    }

    private static void requireAcceptable(String password) {
        if (!PasswordRules.acceptable(password)) {
            throw new BusinessRuleViolation("customer.password.weak", PasswordRules.MIN, PasswordRules.MAX);
        }
    }
}
