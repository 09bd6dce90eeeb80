package org.emporium.payment.control;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * RSA keys as the gateways hand them out: base64 DER, the private key PKCS#8, the public key X.509, with or without
 * PEM armour. The simulators make fresh 2048-bit pairs at start.
 */
public final class RsaKeys {

    private RsaKeys() {}

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

    /** The key as one line of base64 DER, as the SDKs take it. */
    public static String encode(Key key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** A fresh 2048-bit pair, as the providers' key tools make. */
    public static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The base64 inside a PEM text, without armour or line breaks. */
    public static String strip(String pem) {
        return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }
}
