package org.emporium.customer.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;
import org.emporium.customer.control.Passwords;
import org.emporium.customer.control.Phones;
import org.emporium.customer.entity.AccountStatus;
import org.emporium.customer.entity.CustomerAccount;
import org.emporium.platform.i18n.BusinessRuleViolation;

/** Shopper accounts as the login and the profile see them. */
@Stateless
public class Customers {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    /** A shopper's summary. */
    public record Summary(long id, String phone, String email, String displayName, String locale) {

        /** The mobile number with its middle four digits hidden, as staff and messages show it: 138****0000. */
        public String maskedPhone() {
            return Customers.maskedPhone(phone);
        }
    }

    /** A mainland mobile number in its canonical form (11 digits, no +86, spaces or dashes), if it is one. */
    public static Optional<String> canonicalPhone(String text) {
        return Phones.canonical(text);
    }

    static String maskedPhone(String phone) {
        return phone == null || phone.length() < 11 ? phone : phone.substring(0, 3) + "****" + phone.substring(7);
    }

    /**
     * The account a login (mobile number or email) and password open; empty for a wrong password or an unknown
     * login alike, which take the same time.
     */
    public Optional<Summary> authenticate(String login, String password) {
        Optional<CustomerAccount> account = find(login).filter(a -> a.getStatus() == AccountStatus.ACTIVE);
        boolean ok = passwords.verify(
                password, account.map(CustomerAccount::getPasswordHash).orElse(null));
        return ok ? account.map(Customers::summary) : Optional.empty();
    }

    /** Sets the email a shopper receives mail at (and may recover the password with). */
    public void setEmail(long accountId, String email) {
        String e = canonicalEmail(email);
        long taken = em.createQuery(
                        "SELECT COUNT(a) FROM CustomerAccount a WHERE a.email = :e AND a.id <> :id", Long.class)
                .setParameter("e", e)
                .setParameter("id", accountId)
                .getSingleResult();
        if (taken > 0) {
            throw new BusinessRuleViolation("customer.email.taken");
        }
        CustomerAccount account = em.find(CustomerAccount.class, accountId);
        if (account == null) {
            throw new BusinessRuleViolation("customer.unknown");
        }
        account.setEmail(e);
    }

    /** An active shopper as a segment sees them: who, how to reach them, and since when they are registered. */
    public record Registered(long id, String phone, String email, String locale, java.time.OffsetDateTime registeredAt)
            implements java.io.Serializable {}

    /**
     * Active accounts after {@code afterId} in id order, at most {@code max}: those registered inside the window
     * (either end may be open; {@code until} exclusive) and, when {@code phones} is not empty, holding one of
     * those mobile numbers. Segments walk the shoppers with it a page at a time.
     */
    public java.util.List<Registered> registered(
            long afterId,
            int max,
            java.time.OffsetDateTime from,
            java.time.OffsetDateTime until,
            java.util.Collection<String> phones) {
        StringBuilder jpql =
                new StringBuilder("SELECT a FROM CustomerAccount a WHERE a.id > :after AND a.status = :active");
        if (from != null) {
            jpql.append(" AND a.createdAt >= :from");
        }
        if (until != null) {
            jpql.append(" AND a.createdAt < :until");
        }
        if (phones != null && !phones.isEmpty()) {
            jpql.append(" AND a.phone IN :phones");
        }
        var query = em.createQuery(jpql.append(" ORDER BY a.id").toString(), CustomerAccount.class)
                .setParameter("after", afterId)
                .setParameter("active", AccountStatus.ACTIVE)
                .setMaxResults(max);
        if (from != null) {
            query.setParameter("from", from);
        }
        if (until != null) {
            query.setParameter("until", until);
        }
        if (phones != null && !phones.isEmpty()) {
            query.setParameter("phones", phones);
        }
        return query.getResultStream()
                .map(a -> new Registered(a.getId(), a.getPhone(), a.getEmail(), a.getLocale(), a.getCreatedAt()))
                .toList();
    }

    /** An email as stored: trimmed, lower case, and an address at all. */
    static String canonicalEmail(String email) {
        String e = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
        if (e == null || !e.matches("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$") || e.length() > 200) {
            throw new BusinessRuleViolation("customer.email.invalid", String.valueOf(email));
        }
        return e;
    }

    public Optional<Summary> byId(long id) {
        return Optional.ofNullable(em.find(CustomerAccount.class, id)).map(Customers::summary);
    }

    private Optional<CustomerAccount> find(String login) {
        if (login == null) {
            return Optional.empty();
        }
        Optional<String> phone = Phones.canonical(login);
        String jpql = phone.isPresent()
                ? "SELECT a FROM CustomerAccount a WHERE a.phone = :l"
                : "SELECT a FROM CustomerAccount a WHERE a.email = :l";
        return em.createQuery(jpql, CustomerAccount.class)
                .setParameter("l", phone.orElse(login.strip().toLowerCase(Locale.ROOT)))
                .getResultStream()
                .findFirst();
    }

    private static Summary summary(CustomerAccount a) {
        return new Summary(a.getId(), a.getPhone(), a.getEmail(), a.getDisplayName(), a.getLocale());
    }
}
