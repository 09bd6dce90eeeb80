package org.emporium.payment.control.bank;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Signatures of the UnionPay online gateway (version 5.1.0, {@code signMethod=01}): the fields but
 * {@code signature}, sorted by name, as {@code name=value} joined by {@code &}; the SHA-256 of that text in lower
 * case hex; that hex signed with SHA256withRSA; the signature in base64. The receiver recomputes the text from
 * the fields it got, so a field changed on the way breaks it. Certificates are X.509; the certificate's id
 * ({@code certId}) is its serial number in decimal.
 */
public final class BankSignature {

    private BankSignature() {}

    /** The text the signature covers. */
    public static String content(Map<String, String> fields) {
        return new TreeMap<>(fields)
                .entrySet().stream()
                        .filter(e -> !"signature".equals(e.getKey()))
                        .map(e -> e.getKey() + "=" + (e.getValue() == null ? "" : e.getValue()))
                        .collect(Collectors.joining("&"));
    }

    public static String sha256Hex(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fields with their {@code signature} added. */
    public static Map<String, String> signed(Map<String, String> fields, PrivateKey key) {
        Map<String, String> signed = new LinkedHashMap<>(fields);
        signed.remove("signature");
        signed.put("signature", sign(fields, key));
        return signed;
    }

    public static String sign(Map<String, String> fields, PrivateKey key) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(sha256Hex(content(fields)).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with SHA256withRSA", e);
        }
    }

    /** True only when the fields carry a well-formed signature made with the key's pair over exactly them. */
    public static boolean verify(Map<String, String> fields, PublicKey key) {
        String sign = fields.get("signature");
        if (sign == null || sign.isBlank() || key == null) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(key);
            signature.update(sha256Hex(content(fields)).getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getMimeDecoder().decode(sign));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }

    /** An X.509 certificate in PEM (or base64 DER). */
    public static X509Certificate certificate(String pem) {
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(
                            new ByteArrayInputStream(Base64.getDecoder().decode(body)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not an X.509 certificate", e);
        }
    }

    /** The id the gateway knows a certificate by: its serial number in decimal. */
    public static String certId(X509Certificate certificate) {
        return certificate.getSerialNumber().toString();
    }

    /** Fields as a form body ({@code application/x-www-form-urlencoded}, UTF-8). */
    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue() == null ? "" : e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A form body read back into its fields, in their order. */
    public static Map<String, String> parseForm(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (body == null || body.isBlank()) {
            return fields;
        }
        for (String pair : body.trim().split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            fields.put(
                    URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }
}
