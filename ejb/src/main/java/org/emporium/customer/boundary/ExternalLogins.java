package org.emporium.customer.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.customer.control.CustomerSettings;
import org.emporium.customer.control.external.LoginProviders;
import org.emporium.customer.control.external.ProviderRefused;
import org.emporium.customer.control.external.ProviderSettings;
import org.emporium.customer.entity.AccountStatus;
import org.emporium.customer.entity.AuthorizationRequest;
import org.emporium.customer.entity.CustomerAccount;
import org.emporium.customer.entity.ExternalIdentity;
import org.emporium.customer.entity.ExternalLogin;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * Signing in with an external account (an OpenID Connect provider, QQ, Weibo): {@link #start} gives the
 * provider's page to send the browser to and the request to keep in its session; {@link #finish} checks what
 * the provider sent back and says who signed in; that subject signs in to the account linked to it, if any,
 * else the shopper links it to an account of theirs (after proving it theirs) or opens a new one. A subject is
 * linked to one account, an account to one subject per provider, and the last way into an account (its
 * password or its last link) is never unlinked.
 */
@Stateless
public class ExternalLogins {

    private static final Logger LOG = Logger.getLogger(ExternalLogins.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    LoginProviders providers;

    @Inject
    CustomerSettings settings;

    @Inject
    Registration registration;

    /** A provider shoppers may choose: its id and the label of its button. */
    public record Provider(String id, String label) {}

    /** Where to send the browser, and what to keep in its session until it comes back. */
    public record Started(String authorizeUrl, AuthorizationRequest request) {}

    /** An account's link, as the security settings show it. */
    public record Linked(String provider, String label, String name, OffsetDateTime linkedAt) {}

    public List<Provider> providers() {
        return providers.all().stream()
                .map(p -> new Provider(p.id(), p.label()))
                .toList();
    }

    /** Whether the shop talks to the local simulators (no provider configured). */
    public boolean simulated() {
        return providers.simulated();
    }

    /**
     * Begins a sign-in with a provider; the provider sends the browser back to {@code callbackUrl} (on the shop's
     * public address when {@code emporium.public-url} is set, else on the one the shopper used).
     */
    public Started start(String providerId, String callbackUrl) {
        ProviderSettings provider = provider(providerId);
        AuthorizationRequest request = AuthorizationRequest.start(provider.id(), callbackUrl);
        try {
            return new Started(providers.protocol(provider).authorizeUrl(provider, request), request);
        } catch (ProviderRefused e) {
            LOG.log(Level.WARNING, "Login provider " + providerId + " cannot be reached", e);
            throw new BusinessRuleViolation("customer.external.unavailable", provider.label());
        }
    }

    /**
     * Who the provider says signed in, once its answer is checked: the state is this browser's, the provider sent
     * no error, and the code gives a verified identity.
     */
    public ExternalIdentity finish(AuthorizationRequest request, String state, String code, String error) {
        if (request == null) {
            throw new BusinessRuleViolation("customer.external.refused");
        }
        if (!request.answers(state)) {
            LOG.warning(() -> "A sign-in with " + request.provider() + " came back with another state: refused");
            throw new BusinessRuleViolation("customer.external.refused");
        }
        if (error != null && !error.isBlank()) {
            LOG.info(() -> "Login provider " + request.provider() + " answered " + error);
            throw new BusinessRuleViolation("customer.external.cancelled");
        }
        if (code == null || code.isBlank() || code.length() > 2000) {
            throw new BusinessRuleViolation("customer.external.refused");
        }
        ProviderSettings provider = provider(request.provider());
        try {
            return providers.protocol(provider).identify(provider, request, code);
        } catch (ProviderRefused | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "A sign-in with " + provider.id() + " was refused", e);
            throw new BusinessRuleViolation("customer.external.refused");
        }
    }

    /** The active account the subject is linked to; its link notes the use. */
    public Optional<Long> accountOf(ExternalIdentity identity) {
        return link(identity.provider(), identity.subject()).flatMap(link -> {
            CustomerAccount account = em.find(CustomerAccount.class, link.getAccountId());
            if (account == null || account.getStatus() != AccountStatus.ACTIVE) {
                return Optional.empty();
            }
            link.used(now());
            return Optional.of(account.getId());
        });
    }

    /** Links the subject to an account; it must be linked to no other, and the account to no other of its provider. */
    public void link(long accountId, ExternalIdentity identity) {
        provider(identity.provider());
        Optional<ExternalLogin> existing = link(identity.provider(), identity.subject());
        if (existing.isPresent()) {
            if (existing.get().getAccountId() == accountId) {
                return;
            }
            throw new BusinessRuleViolation("customer.external.linked-elsewhere");
        }
        if (em.find(CustomerAccount.class, accountId) == null) {
            throw new BusinessRuleViolation("customer.unknown");
        }
        boolean providerTaken = !em.createQuery(
                        "SELECT l FROM ExternalLogin l WHERE l.accountId = :a AND l.provider = :p", ExternalLogin.class)
                .setParameter("a", accountId)
                .setParameter("p", identity.provider())
                .getResultList()
                .isEmpty();
        if (providerTaken) {
            throw new BusinessRuleViolation("customer.external.provider-linked");
        }
        em.persist(new ExternalLogin(accountId, identity.provider(), identity.subject(), identity.name(), now()));
        em.flush();
    }

    /**
     * Opens an account for an external subject: the mobile number confirmed by the registration code it received;
     * no password until the shopper sets one.
     *
     * @return the new account's id
     */
    public long register(ExternalIdentity identity, String phone, String code, String displayName, String locale) {
        if (link(identity.provider(), identity.subject()).isPresent()) {
            throw new BusinessRuleViolation("customer.external.linked-elsewhere");
        }
        long id = registration.open(
                phone,
                code,
                null,
                displayName == null || displayName.isBlank() ? identity.name() : displayName,
                locale);
        link(id, identity);
        return id;
    }

    /** Unlinks a provider, unless it is the account's last way in (no password and no other link). */
    public void unlink(long accountId, String providerId) {
        List<ExternalLogin> links = links(accountId);
        ExternalLogin link = links.stream()
                .filter(l -> l.getProvider().equals(providerId))
                .findFirst()
                .orElseThrow(() -> new BusinessRuleViolation("customer.external.not-linked"));
        CustomerAccount account = em.find(CustomerAccount.class, accountId);
        if (!account.hasPassword() && links.size() == 1) {
            throw new BusinessRuleViolation("customer.external.last-way");
        }
        em.remove(link);
    }

    /** The account's links, with the labels of the providers still configured. */
    public List<Linked> linked(long accountId) {
        return links(accountId).stream()
                .map(l -> new Linked(
                        l.getProvider(),
                        providers
                                .byId(l.getProvider())
                                .map(ProviderSettings::label)
                                .orElse(l.getProvider()),
                        l.getDisplayName(),
                        l.getLinkedAt()))
                .toList();
    }

    /** The public address the provider sends the browser back to, the shop's configured one when there is. */
    public String callbackBase(String usedByShopper) {
        return settings.publicUrl().orElse(usedByShopper);
    }

    private List<ExternalLogin> links(long accountId) {
        return em.createQuery(
                        "SELECT l FROM ExternalLogin l WHERE l.accountId = :a ORDER BY l.linkedAt", ExternalLogin.class)
                .setParameter("a", accountId)
                .getResultList();
    }

    private Optional<ExternalLogin> link(String provider, String subject) {
        return em.createQuery(
                        "SELECT l FROM ExternalLogin l WHERE l.provider = :p AND l.subject = :s", ExternalLogin.class)
                .setParameter("p", provider)
                .setParameter("s", subject)
                .getResultStream()
                .findFirst();
    }

    private ProviderSettings provider(String id) {
        return providers.byId(id).orElseThrow(() -> new BusinessRuleViolation("customer.external.unknown"));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
