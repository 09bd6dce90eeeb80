package org.emporium.customer.control.external;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A provider's JSON Web Key Set (RFC 7517) as the RSA signature keys it holds, by key id. */
public final class Jwks {

    private final Map<String, RSAPublicKey> keys;

    private Jwks(Map<String, RSAPublicKey> keys) {
        this.keys = Map.copyOf(keys);
    }

    /** The RSA keys for signatures of a {@code {"keys":[...]}} document; other keys are left out. */
    public static Jwks of(JsonObject document) {
        Map<String, RSAPublicKey> found = new LinkedHashMap<>();
        for (JsonValue value : document.getJsonArray("keys") == null
                ? java.util.List.<JsonValue>of()
                : document.getJsonArray("keys")) {
            if (!(value instanceof JsonObject jwk) || !"RSA".equals(jwk.getString("kty", ""))) {
                continue;
            }
            if (!"sig".equals(jwk.getString("use", "sig"))) {
                continue;
            }
            try {
                RSAPublicKeySpec spec = new RSAPublicKeySpec(
                        new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("n"))),
                        new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("e"))));
                found.put(jwk.getString("kid", ""), (RSAPublicKey)
                        KeyFactory.getInstance("RSA").generatePublic(spec));
            } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
                // a key we cannot read signs nothing we accept
            }
        }
        return new Jwks(found);
    }

    /** The key a token names; a token naming none may use the set's only key. */
    public Optional<RSAPublicKey> key(String kid) {
        if (kid == null || kid.isEmpty()) {
            return keys.size() == 1 ? Optional.of(keys.values().iterator().next()) : Optional.empty();
        }
        return Optional.ofNullable(keys.get(kid));
    }

    /** The JWK of an RSA public key, as a provider publishes it. */
    public static JsonObject jwk(String kid, RSAPublicKey key) {
        return org.emporium.platform.json.Jsons.createObjectBuilder()
                .add("kty", "RSA")
                .add("use", "sig")
                .add("alg", "RS256")
                .add("kid", kid)
                .add("n", base64Url(key.getModulus()))
                .add("e", base64Url(key.getPublicExponent()))
                .build();
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
