package org.emporium.web.backoffice.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * How staff log in: the back office's own Faces login page, which hands the typed credentials to
 * {@link StaffIdentityStore}. A redirect rather than a forward keeps the login page's address in the
 * browser, and an empty error page lets the login page say itself what went wrong, in the user's language.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@ApplicationScoped
public class StaffAuthentication {}
