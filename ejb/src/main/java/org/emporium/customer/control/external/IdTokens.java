package org.emporium.customer.control.external;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Checks an OpenID Connect ID token (a JWS in compact form) as OpenID Connect Core 3.1.3.7 asks: signed with
 * RS256 by a key of the provider's JWKS (no "none", no HMAC with a public key as secret), issued by the
 * configured issuer, for this shop's client id (and, among several audiences, authorised for it by
 * {@code azp}), not expired (a minute of clock skew allowed), carrying the nonce of this sign-in, and naming
 * its subject. Anything else is refused with the reason, for the log.
 */
public final class IdTokens {

    static final Duration SKEW = Duration.ofSeconds(60);

    private IdTokens() {}

    /** The token's claims, once everything about it is right. */
    public static JsonObject verify(
            String token, Jwks keys, String issuer, String clientId, String nonce, Instant now) {
        String[] parts = token == null ? new String[0] : token.split("\\.", -1);
        if (parts.length != 3) {
            throw new ProviderRefused("The ID token is not a signed JWT");
        }
        JsonObject header = decode(parts[0]);
        if (!"RS256".equals(header.getString("alg", ""))) {
            throw new ProviderRefused(
                    "The ID token is signed with " + header.getString("alg", "nothing") + ", not RS256");
        }
        RSAPublicKey key = keys.key(header.getString("kid", ""))
                .orElseThrow(() -> new ProviderRefused("No key of the provider's JWKS has the ID token's kid"));
        if (!signed(parts[0] + "." + parts[1], base64(parts[2]), key)) {
            throw new ProviderRefused("The ID token's signature is wrong");
        }
        JsonObject claims = decode(parts[1]);
        if (!issuer.equals(claims.getString("iss", null))) {
            throw new ProviderRefused(
                    "The ID token was issued by " + claims.getString("iss", "nobody") + ", not " + issuer);
        }
        List<String> audiences = audiences(claims.get("aud"));
        if (!audiences.contains(clientId)) {
            throw new ProviderRefused("The ID token is for " + audiences + ", not this shop");
        }
        if (audiences.size() > 1 && !clientId.equals(claims.getString("azp", null))) {
            throw new ProviderRefused("The ID token has several audiences and is not authorised for this shop");
        }
        if (!claims.containsKey("exp") || !claims.get("exp").getValueType().equals(JsonValue.ValueType.NUMBER)) {
            throw new ProviderRefused("The ID token has no expiry");
        }
        Instant expires = Instant.ofEpochSecond(claims.getJsonNumber("exp").longValue());
        if (!now.isBefore(expires.plus(SKEW))) {
            throw new ProviderRefused("The ID token expired at " + expires);
        }
        if (claims.containsKey("iat")
                && claims.get("iat").getValueType().equals(JsonValue.ValueType.NUMBER)
                && Instant.ofEpochSecond(claims.getJsonNumber("iat").longValue())
                        .isAfter(now.plus(SKEW))) {
            throw new ProviderRefused("The ID token was issued in the future");
        }
        if (nonce == null || !nonce.equals(claims.getString("nonce", null))) {
            throw new ProviderRefused("The ID token's nonce is not this sign-in's");
        }
        String subject = claims.getString("sub", "");
        if (subject.isBlank() || subject.length() > 255) {
            throw new ProviderRefused("The ID token names no subject");
        }
        return claims;
    }

    /** A token signed with RS256, as a provider makes one (the simulator and tests use it). */
    public static String sign(JsonObject claims, String kid, PrivateKey key) {
        String header = encode(org.emporium.platform.json.Jsons.createObjectBuilder()
                .add("alg", "RS256")
                .add("typ", "JWT")
                .add("kid", kid)
                .build()
                .toString());
        String input = header + "." + encode(claims.toString());
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean signed(String input, byte[] signatureBytes, RSAPublicKey key) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(key);
            signature.update(input.getBytes(StandardCharsets.US_ASCII));
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static List<String> audiences(JsonValue aud) {
        if (aud instanceof JsonString one) {
            return List.of(one.getString());
        }
        if (aud != null && aud.getValueType() == JsonValue.ValueType.ARRAY) {
            return aud.asJsonArray().stream()
                    .filter(JsonString.class::isInstance)
                    .map(v -> ((JsonString) v).getString())
                    .toList();
        }
        return List.of();
    }

    private static JsonObject decode(String part) {
        return ProviderHttp.parseJson(new String(base64(part), StandardCharsets.UTF_8));
    }

    private static byte[] base64(String part) {
        try {
            return Base64.getUrlDecoder().decode(part);
        } catch (IllegalArgumentException e) {
            throw new ProviderRefused("The ID token is not base64url", e);
        }
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
