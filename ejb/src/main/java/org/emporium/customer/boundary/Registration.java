package org.emporium.customer.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.emporium.customer.control.Attempts;
import org.emporium.customer.control.CodeRequests;
import org.emporium.customer.control.PasswordRules;
import org.emporium.customer.control.Passwords;
import org.emporium.customer.control.Phones;
import org.emporium.customer.control.Secrets;
import org.emporium.customer.entity.CodePurpose;
import org.emporium.customer.entity.CustomerAccount;
import org.emporium.customer.entity.OneTimeCode;
import org.emporium.notification.boundary.Notifications;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * Quick registration: a shopper gives a mainland mobile number, receives a six-digit code by SMS (one a
 * minute, five an hour per number), and registers with the code and a password. The code is good for ten
 * minutes, five wrong tries and one use.
 */
@Stateless
public class Registration {

    public static final Duration CODE_VALIDITY = Duration.ofMinutes(10);

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifications notifications;

    @Inject
    Passwords passwords;

    @Inject
    Attempts attempts;

    /** Sends a registration code to a number not registered yet. */
    public void requestCode(String phoneText, String locale) {
        String phone = phone(phoneText);
        if (accountByPhone(phone) != null) {
            throw new BusinessRuleViolation("customer.phone.registered", phone);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
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
        em.persist(new OneTimeCode(phone, CodePurpose.REGISTER, Secrets.hash(code), now, CODE_VALIDITY));
        Notifications.Receipt receipt = notifications.sms(
                "customer.verification-code",
                phone,
                locale,
                Map.of("code", code, "minutes", String.valueOf(CODE_VALIDITY.toMinutes())));
        if (!receipt.accepted()) {
            throw new BusinessRuleViolation("customer.code.refused");
        }
    }

    /**
     * Opens an account with the code the number received.
     *
     * @return the new account's id
     */
    public long register(String phoneText, String code, String password, String displayName, String locale) {
        if (!PasswordRules.acceptable(password)) {
            throw new BusinessRuleViolation("customer.password.weak", PasswordRules.MIN, PasswordRules.MAX);
        }
        return open(phoneText, code, password, displayName, locale);
    }

    /**
     * Opens an account with the code; without a password (null) for a shopper coming with an external login
     * ({@link ExternalLogins#register}), who signs in with it or with SMS codes until they set one.
     */
    public long open(String phoneText, String code, String password, String displayName, String locale) {
        String phone = phone(phoneText);
        String name = displayName == null || displayName.isBlank() ? Customers.maskedPhone(phone) : displayName.strip();
        if (name.length() > 100) {
            throw new BusinessRuleViolation("customer.name.size", 100);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OneTimeCode latest = em.createQuery(
                        "SELECT c FROM OneTimeCode c WHERE c.phone = :p AND c.purpose = :purpose ORDER BY c.createdAt DESC",
                        OneTimeCode.class)
                .setParameter("p", phone)
                .setParameter("purpose", CodePurpose.REGISTER)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessRuleViolation("customer.code.invalid"));
        if (!latest.usable(now)) {
            throw new BusinessRuleViolation("customer.code.invalid");
        }
        if (!Secrets.matches(code, latest.getCodeHash())) {
            attempts.wrongCode(latest.getId());
            throw new BusinessRuleViolation("customer.code.invalid");
        }
        if (accountByPhone(phone) != null) {
            throw new BusinessRuleViolation("customer.phone.registered", phone);
        }
        latest.use(now);
        CustomerAccount account = password == null
                ? CustomerAccount.withoutPassword(phone, name, locale(locale), now)
                : new CustomerAccount(phone, name, passwords.hash(password), locale(locale), now);
        em.persist(account);
        em.flush();
        return account.getId();
    }

    private CustomerAccount accountByPhone(String phone) {
        return em.createQuery("SELECT a FROM CustomerAccount a WHERE a.phone = :p", CustomerAccount.class)
                .setParameter("p", phone)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    static String phone(String text) {
        return Phones.canonical(text)
                .orElseThrow(() -> new BusinessRuleViolation("customer.phone.invalid", String.valueOf(text)));
    }

    static String locale(String locale) {
        return "en".equals(locale) ? "en" : "zh_CN";
    }
}
