package org.emporium.customer.entity;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * One sign-in sent to a login provider, kept in the browser's session until the provider sends the browser back:
 * the random {@code state} the answer must carry (so that no other site's answer is taken for it), the
 * {@code nonce} the ID token must carry (so that no token is replayed), the PKCE code verifier whose S256
 * challenge went with the request (so that a code caught on the way back is worth nothing without it), and the
 * address the provider sends the browser back to.
 */
public record AuthorizationRequest(String provider, String state, String nonce, String codeVerifier, String redirectUri)
        implements Serializable {

    private static final SecureRandom RANDOM = new SecureRandom();

    public AuthorizationRequest {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(codeVerifier, "codeVerifier");
        Objects.requireNonNull(redirectUri, "redirectUri");
    }

    public static AuthorizationRequest start(String provider, String redirectUri) {
        return new AuthorizationRequest(provider, random(24), random(24), random(48), redirectUri);
    }

    /** RFC 7636's S256 challenge: BASE64URL(SHA-256(verifier)). */
    public String codeChallenge() {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(codeVerifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the provider's answer carries this request's state (compared in constant time). */
    public boolean answers(String returnedState) {
        return returnedState != null
                && MessageDigest.isEqual(
                        state.getBytes(StandardCharsets.US_ASCII), returnedState.getBytes(StandardCharsets.US_ASCII));
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
