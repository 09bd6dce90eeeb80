package org.emporium.web.storefront.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.emporium.customer.boundary.Customers;
import org.emporium.customer.boundary.ExternalLogins;
import org.emporium.customer.boundary.ShopperLogin;
import org.emporium.customer.boundary.ShopperLogin.Outcome;

/**
 * Checks a shopper's password, SMS code or external account through the customer context, which counts every try and refuses
 * them for a while after repeated failures. The outcome is left on the request, so that the sign-in page can say
 * whether the login was wrong or locked, and until when. A shopper's caller name is {@code customer:<id>},
 * the owner name of their cart and orders; their one group is {@value #SHOPPER}.
 */
@ApplicationScoped
public class ShopperIdentityStore implements IdentityStore {

    public static final String SHOPPER = "shopper";
    /** The request attribute holding the {@link Outcome} of the sign-in just tried. */
    public static final String OUTCOME = "org.emporium.shopper.outcome";

    @Inject
    ShopperLogin login;

    @Inject
    ExternalLogins external;

    @Inject
    Customers customers;

    /** The request being authenticated (a proxy to the current one), for the caller's address. */
    @Inject
    HttpServletRequest request;

    @Override
    public Set<ValidationType> validationTypes() {
        return Set.of(ValidationType.VALIDATE);
    }

    public CredentialValidationResult validate(ShopperCredential.WithPassword credential) {
        return result(login.withPassword(credential.login(), credential.password(), request.getRemoteAddr()));
    }

    public CredentialValidationResult validate(ShopperCredential.WithCode credential) {
        return result(login.withCode(credential.phone(), credential.code(), request.getRemoteAddr()));
    }

    /** The account linked to the subject; an unlinked subject is no sign-in (the page offers to link it). */
    public CredentialValidationResult validate(ShopperCredential.External credential) {
        return external.accountOf(credential.identity())
                .flatMap(customers::byId)
                .map(s -> result(new Outcome(s, null)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    private CredentialValidationResult result(Outcome outcome) {
        // (ShopperLogin answers wrong and locked tries with an outcome, never an exception, which would reach the
        // container as an authentication error instead of a message on the page.)
        request.setAttribute(OUTCOME, outcome);
        if (!outcome.signedIn()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(
                new CallerPrincipal(callerName(outcome.shopper().id())), Set.of(SHOPPER));
    }

    public static String callerName(long accountId) {
        return "customer:" + accountId;
    }
}
