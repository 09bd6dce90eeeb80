package org.emporium.web.backoffice.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.emporium.admin.boundary.LoginThrottle;
import org.emporium.admin.boundary.LoginThrottle.Verdict;
import org.emporium.admin.boundary.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StaffIdentityStoreTest {

    static final String ADDRESS = "198.51.100.7";
    static final OffsetDateTime LOCK_END = OffsetDateTime.of(2024, 5, 20, 9, 45, 0, 0, ZoneOffset.UTC);

    final List<String> verifiedAgainst = new ArrayList<>();
    final List<String> recorded = new ArrayList<>();
    boolean locked;
    StaffIdentityStore store;

    @BeforeEach
    void storeWithOneAccount() {
        store = new StaffIdentityStore();
        store.staff = new Staff() {
            @Override
            public Optional<Credentials> credentials(String username) {
                return username.equals("admin")
                        ? Optional.of(new Credentials(
                                "admin", "Demo Administrator", "hash:emporium", Set.of("staff", "catalog-manager")))
                        : Optional.empty();
            }
        };
        store.passwordHash = new FakeHash();
        store.throttle = new LoginThrottle() {
            @Override
            public Verdict check(String username, String address) {
                return locked ? Verdict.locked(LOCK_END) : Verdict.allowed();
            }

            @Override
            public void record(String username, String address, boolean succeeded) {
                recorded.add(username + " from " + address + (succeeded ? " succeeded" : " failed"));
            }
        };
        store.request = (HttpServletRequest) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getRemoteAddr")) {
                        return ADDRESS;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        store.prepareDecoy();
    }

    @Test
    void the_right_password_logs_in_with_the_accounts_roles_as_groups() {
        CredentialValidationResult result = store.validate(new UsernamePasswordCredential("admin", "emporium"));

        assertThat(result.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(result.getCallerPrincipal().getName()).isEqualTo("admin");
        assertThat(result.getCallerGroups()).containsExactlyInAnyOrder("staff", "catalog-manager");
    }

    @Test
    void a_user_name_typed_with_spaces_around_it_still_logs_in() {
        assertThat(store.validate(new UsernamePasswordCredential(" admin ", "emporium"))
                        .getStatus())
                .isEqualTo(CredentialValidationResult.Status.VALID);
    }

    @Test
    void a_wrong_password_is_refused() {
        CredentialValidationResult result = store.validate(new UsernamePasswordCredential("admin", "Emporium"));

        assertThat(result.getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
    }

    @Test
    void an_unknown_user_is_refused_after_the_same_hashing_work_as_a_known_one() {
        verifiedAgainst.clear();

        CredentialValidationResult result = store.validate(new UsernamePasswordCredential("mallory", "emporium"));

        assertThat(result.getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(verifiedAgainst)
                .as("a hash was verified, so the answer takes as long as for a real user")
                .hasSize(1)
                .allSatisfy(hash -> assertThat(hash).startsWith("hash:"));
    }

    @Test
    void the_decoy_is_hashed_with_the_same_parameters_as_the_stored_hashes() {
        assertThat(((FakeHash) store.passwordHash).parameters)
                .containsEntry("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512")
                .containsEntry("Pbkdf2PasswordHash.Iterations", "210000");
    }

    @Test
    void every_checked_login_is_recorded_with_its_outcome_and_address() {
        store.validate(new UsernamePasswordCredential("admin", "Emporium"));
        store.validate(new UsernamePasswordCredential("mallory", "emporium"));
        store.validate(new UsernamePasswordCredential("admin", "emporium"));

        assertThat(recorded)
                .containsExactly(
                        "admin from " + ADDRESS + " failed",
                        "mallory from " + ADDRESS + " failed",
                        "admin from " + ADDRESS + " succeeded");
    }

    @Test
    void a_locked_login_is_refused_even_with_the_right_password_and_no_hash_is_verified() {
        locked = true;
        verifiedAgainst.clear();

        CredentialValidationResult result = store.validate(new UsernamePasswordCredential("admin", "emporium"));

        assertThat(result.getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(verifiedAgainst).as("the password was not checked").isEmpty();
        assertThat(recorded)
                .as("a refused try does not move the end of the lock")
                .isEmpty();
    }

    /** Stands in for the container's PBKDF2: a "hash" is the password behind a prefix. */
    class FakeHash implements Pbkdf2PasswordHash {

        Map<String, String> parameters = Map.of();

        @Override
        public void initialize(Map<String, String> parameters) {
            this.parameters = parameters;
        }

        @Override
        public String generate(char[] password) {
            return "hash:" + new String(password);
        }

        @Override
        public boolean verify(char[] password, String hashedPassword) {
            verifiedAgainst.add(hashedPassword);
            return hashedPassword.equals(generate(password));
        }
    }
}
