package org.emporium.payment.control.wechat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * WeChat Pay API v3's cryptography as its documentation defines it. A request is signed (SHA256withRSA, the
 * merchant's key) over {@code METHOD\nPATH?QUERY\nTIMESTAMP\nNONCE\nBODY\n} and carried in the
 * {@code Authorization: WECHATPAY2-SHA256-RSA2048 ...} header; responses and notifications are signed by the
 * platform over {@code TIMESTAMP\nNONCE\nBODY\n} (headers {@code Wechatpay-Timestamp}, {@code -Nonce},
 * {@code -Signature}); a notification's {@code resource} is encrypted with AEAD_AES_256_GCM under the
 * merchant's APIv3 key (32 bytes), with its {@code associated_data} and 12-byte {@code nonce}.
 */
public final class WechatPaySignature {

    public static final String SCHEMA = "WECHATPAY2-SHA256-RSA2048";
    private static final String ALGORITHM = "SHA256withRSA";

    private WechatPaySignature() {}

    public static String requestMessage(String method, String pathAndQuery, long timestamp, String nonce, String body) {
        return method + "\n" + pathAndQuery + "\n" + timestamp + "\n" + nonce + "\n" + (body == null ? "" : body)
                + "\n";
    }

    public static String responseMessage(String timestamp, String nonce, String body) {
        return timestamp + "\n" + nonce + "\n" + (body == null ? "" : body) + "\n";
    }

    public static String authorization(String mchid, String serialNo, String nonce, long timestamp, String signature) {
        return SCHEMA + " mchid=\"" + mchid + "\",nonce_str=\"" + nonce + "\",signature=\"" + signature
                + "\",timestamp=\"" + timestamp + "\",serial_no=\"" + serialNo + "\"";
    }

    /** A field of an {@code Authorization} header, or null. */
    public static String authorizationField(String header, String name) {
        if (header == null || !header.startsWith(SCHEMA + " ")) {
            return null;
        }
        for (String part : header.substring(SCHEMA.length() + 1).split(",")) {
            int eq = part.indexOf('=');
            if (eq > 0 && part.substring(0, eq).strip().equals(name)) {
                String value = part.substring(eq + 1).strip();
                return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                        ? value.substring(1, value.length() - 1)
                        : value;
            }
        }
        return null;
    }

    public static String sign(String message, PrivateKey key) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(message.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean verify(String message, String sign, PublicKey key) {
        if (sign == null || sign.isBlank()) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(message.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(sign));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }

    /** Decrypts a notification's resource; null when the key, nonce, data or tag do not match. */
    public static String decrypt(byte[] apiV3Key, String associatedData, String nonce, String ciphertext) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    new SecretKeySpec(apiV3Key, "AES"),
                    new GCMParameterSpec(128, nonce.getBytes(StandardCharsets.UTF_8)));
            if (associatedData != null) {
                cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            }
            return new String(cipher.doFinal(Base64.getDecoder().decode(ciphertext)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return null;
        }
    }

    /** Encrypts as the platform does (the simulator's side). */
    public static String encrypt(byte[] apiV3Key, String associatedData, String nonce, String plaintext) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.ENCRYPT_MODE,
                    new SecretKeySpec(apiV3Key, "AES"),
                    new GCMParameterSpec(128, nonce.getBytes(StandardCharsets.UTF_8)));
            if (associatedData != null) {
                cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            }
            return Base64.getEncoder().encodeToString(cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
