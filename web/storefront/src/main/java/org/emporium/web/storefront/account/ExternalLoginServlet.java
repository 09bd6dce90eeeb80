package org.emporium.web.storefront.account;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.customer.boundary.ExternalLogins;
import org.emporium.customer.entity.AuthorizationRequest;
import org.emporium.customer.entity.ExternalIdentity;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.web.storefront.payment.GatewayParameters;

/**
 * Signing in with an external account, the authorization-code flow written by hand inside the shop's own
 * mechanism (Jakarta Security's {@code @OpenIdAuthenticationMechanismDefinition} knows one provider and would
 * replace {@link ShopperAuthentication}): {@code start?provider=…&next=…&remember=…} keeps the request (state,
 * nonce, PKCE verifier) in the session and sends the browser to the provider; {@code callback/<provider>} takes
 * it back once, has the customer context check the answer, and then signs the linked account in through
 * {@link ShopperAuthentication} (new session id, remember-me, guest cart merged, as with a password) — or, for a
 * subject linked to no account, leads to {@code link-account.xhtml}. With {@code link=true} (a POST from the
 * security settings) the subject is linked to the signed-in shopper instead.
 */
@WebServlet(name = "ExternalLoginServlet", urlPatterns = "/external-login/*")
public class ExternalLoginServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ExternalLoginServlet.class.getName());

    static final String PENDING = "org.emporium.shopper.external.pending";
    static final String UNLINKED = "org.emporium.shopper.external.unlinked";
    static final String PROBLEM = "org.emporium.shopper.external.problem";

    /** A sign-in sent to a provider: the request, and what to do when it comes back. */
    record Pending(AuthorizationRequest request, String next, boolean remember, Long linkTo) implements Serializable {}

    /** A subject no account is linked to yet, waiting on {@code link-account.xhtml}. */
    public record Unlinked(ExternalIdentity identity, String providerLabel, String next, boolean remember)
            implements Serializable {}

    /** What went wrong, said once by the page the browser lands on. */
    record Problem(String key, Object[] arguments) implements Serializable {}

    @Inject
    transient ExternalLogins externalLogins;

    @Inject
    transient SecurityContext security;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Optional.ofNullable(request.getPathInfo()).orElse("");
        response.setHeader("Cache-Control", "no-store");
        if (path.equals("/start")) {
            start(request, response, false);
        } else if (path.startsWith("/callback/")) {
            callback(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Optional.ofNullable(request.getPathInfo()).orElse("");
        response.setHeader("Cache-Control", "no-store");
        if (!path.equals("/start")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!SameOrigin.allows(request.getHeader("Origin"), request.getHeader("Referer"), request.getHeader("Host"))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        start(request, response, "true".equals(request.getParameter("link")));
    }

    private void start(HttpServletRequest request, HttpServletResponse response, boolean link) throws IOException {
        String provider = Optional.ofNullable(request.getParameter("provider")).orElse("");
        Long linkTo = null;
        if (link) {
            Optional<SignedIn> shopper = SignedIn.of(request);
            if (shopper.isEmpty()) {
                redirect(request, response, "/login.xhtml?next=/security.xhtml");
                return;
            }
            linkTo = shopper.get().accountId();
        }
        String next = ReturnPath.of(request.getParameter("next")).orElse(link ? "/security.xhtml" : "/");
        try {
            ExternalLogins.Started started = externalLogins.start(
                    provider,
                    externalLogins.callbackBase(GatewayParameters.shopUrl(request)) + "/external-login/callback/"
                            + provider);
            request.getSession(true)
                    .setAttribute(
                            PENDING,
                            new Pending(
                                    started.request(), next, "true".equals(request.getParameter("remember")), linkTo));
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", started.authorizeUrl());
        } catch (BusinessRuleViolation refused) {
            problem(request, refused);
            redirect(request, response, link ? "/security.xhtml" : "/login.xhtml");
        }
    }

    private void callback(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        Pending pending = session != null && session.getAttribute(PENDING) instanceof Pending p ? p : null;
        if (session != null) {
            session.removeAttribute(PENDING); // an answer is taken once
        }
        boolean linking = pending != null && pending.linkTo() != null;
        try {
            if (pending == null
                    || !request.getPathInfo()
                            .equals("/callback/" + pending.request().provider())) {
                throw new BusinessRuleViolation("customer.external.refused");
            }
            ExternalIdentity identity = externalLogins.finish(
                    pending.request(),
                    request.getParameter("state"),
                    request.getParameter("code"),
                    request.getParameter("error"));
            if (linking) {
                Optional<SignedIn> shopper = SignedIn.of(request);
                if (shopper.isEmpty() || shopper.get().accountId() != pending.linkTo()) {
                    throw new BusinessRuleViolation("customer.external.refused");
                }
                externalLogins.link(pending.linkTo(), identity);
                redirect(request, response, "/security.xhtml?linked=" + identity.provider());
                return;
            }
            AuthenticationStatus status = security.authenticate(
                    request,
                    response,
                    withParams()
                            .newAuthentication(true)
                            .rememberMe(pending.remember())
                            .credential(new ShopperCredential.External(identity)));
            if (status == AuthenticationStatus.SUCCESS) {
                redirect(request, response, pending.next());
                return;
            }
            String label = externalLogins.providers().stream()
                    .filter(p -> p.id().equals(identity.provider()))
                    .map(ExternalLogins.Provider::label)
                    .findFirst()
                    .orElse(identity.provider());
            request.getSession(true)
                    .setAttribute(UNLINKED, new Unlinked(identity, label, pending.next(), pending.remember()));
            redirect(request, response, "/link-account.xhtml");
        } catch (BusinessRuleViolation refused) {
            problem(request, refused);
            redirect(request, response, linking ? "/security.xhtml" : "/login.xhtml");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A sign-in with an external account failed", e);
            problem(request, new BusinessRuleViolation("customer.external.refused"));
            redirect(request, response, linking ? "/security.xhtml" : "/login.xhtml");
        }
    }

    /** The subject waiting to be linked on this session. */
    public static Optional<Unlinked> unlinked(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(UNLINKED) instanceof Unlinked u
                ? Optional.of(u)
                : Optional.empty();
    }

    static void forgetUnlinked(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(UNLINKED);
        }
    }

    /** What went wrong with the last external sign-in, said once. */
    static Optional<BusinessRuleViolation> takeProblem(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PROBLEM) instanceof Problem p)) {
            return Optional.empty();
        }
        session.removeAttribute(PROBLEM);
        return Optional.of(new BusinessRuleViolation(p.key(), p.arguments()));
    }

    private static void problem(HttpServletRequest request, BusinessRuleViolation refused) {
        request.getSession(true).setAttribute(PROBLEM, new Problem(refused.messageKey(), refused.arguments()));
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String path) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + path);
    }
}
