package org.emporium.payment.control.alipay;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Alipay's RSA2 signatures (SHA256withRSA, base64), as its open platform defines them. A request is signed
 * over its parameters sorted by name, {@code name=value} joined by {@code &}, leaving out {@code sign} and
 * empty values; a notification is checked over the same string without {@code sign} and {@code sign_type};
 * a response over the exact text of its {@code *_response} object. Keys are base64 DER: the private key
 * PKCS#8, the public key X.509, as Alipay's key tool writes them.
 */
public final class AlipaySignature {

    private static final String ALGORITHM = "SHA256withRSA";

    private AlipaySignature() {}

    /** The text a request's signature covers. */
    public static String requestContent(Map<String, String> params) {
        return new TreeMap<>(params)
                .entrySet().stream()
                        .filter(e -> !"sign".equals(e.getKey()))
                        .filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("&"));
    }

    /** The text a notification's (or a return's) signature covers. */
    public static String notificationContent(Map<String, String> params) {
        return new TreeMap<>(params)
                .entrySet().stream()
                        .filter(e -> !"sign".equals(e.getKey()) && !"sign_type".equals(e.getKey()))
                        .map(e -> e.getKey() + "=" + (e.getValue() == null ? "" : e.getValue()))
                        .collect(Collectors.joining("&"));
    }

    public static String sign(String content, PrivateKey key) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(content.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with " + ALGORITHM, e);
        }
    }

    /** True only when the signature is well-formed and made by the holder of the key over this content. */
    public static boolean verify(String content, String sign, PublicKey key) {
        if (sign == null || sign.isBlank()) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(content.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getMimeDecoder().decode(sign));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }

    public static PrivateKey privateKey(String base64) {
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(
                            new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(strip(base64))));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an RSA private key in PKCS#8", e);
        }
    }

    public static PublicKey publicKey(String base64) {
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePublic(
                            new X509EncodedKeySpec(Base64.getMimeDecoder().decode(strip(base64))));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an RSA public key in X.509", e);
        }
    }

    public static String encode(java.security.Key key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** A fresh 2048-bit pair, as Alipay's key tool makes. */
    public static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The exact text of the {@code <name>} object in a JSON response, as the signature covers it: found by
     * scanning braces outside strings, never by re-serializing what a parser read.
     */
    public static String responseContent(String json, String name) {
        String key = "\"" + name + "\"";
        int at = json.indexOf(key);
        if (at < 0) {
            return null;
        }
        int start = json.indexOf('{', at + key.length());
        if (start < 0) {
            return null;
        }
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    return json.substring(start, i + 1);
                }
            }
        }
        return null;
    }

    private static String strip(String pem) {
        return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }
}
