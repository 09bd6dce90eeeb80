package org.emporium.web.backoffice.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.emporium.admin.boundary.LoginThrottle;
import org.emporium.admin.boundary.LoginThrottle.Verdict;
import org.emporium.admin.boundary.Staff;
import org.emporium.admin.boundary.Staff.Credentials;

/**
 * Checks a staff login against the staff directory's PBKDF2 hashes and hands the account's roles to the
 * container as its groups. Unknown and disabled accounts are refused exactly like a wrong password, and take
 * as long, so that the login reveals nothing about which user names exist. A name or an address with too
 * many recent failures is refused by {@link LoginThrottle} before any password is checked.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(StaffIdentityStore.class.getName());

    /** The parameters of the stored hashes (ddl demo data, the staff admin), used for the decoy below. */
    static final Map<String, String> HASH_PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    @Inject
    Staff staff;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    LoginThrottle throttle;

    /** The request being authenticated (a proxy to the current one), for the caller's address. */
    @Inject
    HttpServletRequest request;

    /** A hash no password matches, verified for unknown users so that they cost as much time as known ones. */
    private String decoy;

    @PostConstruct
    void prepareDecoy() {
        passwordHash.initialize(HASH_PARAMETERS);
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        decoy = passwordHash.generate(Base64.getEncoder().encodeToString(random).toCharArray());
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String username =
                credential.getCaller() == null ? "" : credential.getCaller().trim();
        String address = request.getRemoteAddr();
        Verdict verdict = throttle.check(username, address);
        if (!verdict.isAllowed()) {
            // Not recorded: no password was tried, and counting it would move the end of the lock the login
            // page has just announced.
            LOG.warning(() -> "Back-office login for " + username + " from " + address + " refused until "
                    + verdict.lockedUntil() + ": too many failures");
            return CredentialValidationResult.INVALID_RESULT;
        }
        CredentialValidationResult result =
                verify(username, credential.getPassword().getValue());
        throttle.record(username, address, result.getStatus() == CredentialValidationResult.Status.VALID);
        return result;
    }

    private CredentialValidationResult verify(String username, char[] password) {
        Optional<Credentials> account = username.isEmpty() ? Optional.empty() : staff.credentials(username);
        if (account.isEmpty()) {
            passwordHash.verify(password, decoy);
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!passwordHash.verify(password, account.get().passwordHash())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(
                account.get().username(), account.get().roles());
    }
}
