package org.emporium.web.storefront.account;

import jakarta.security.enterprise.credential.Credential;

/**
 * What a shopper signs in with: a password for a mobile number or email, a code sent by SMS, or an external
 * account. Types of their
 * own, so that no staff identity store ever takes a shopper's sign-in nor this store a staff login.
 */
public sealed interface ShopperCredential extends Credential {

    /** A mobile number or email with its password. */
    record WithPassword(String login, String password) implements ShopperCredential {
        @Override
        public void clear() {
            // a record's password cannot be wiped; the page drops its copy after the request
        }

        @Override
        public String toString() {
            return "WithPassword[" + login + "]";
        }
    }

    /** A subject a login provider vouched for (checked by the customer context, never read from a request). */
    record External(org.emporium.customer.entity.ExternalIdentity identity) implements ShopperCredential {}

    /** A mobile number with the code it received. */
    record WithCode(String phone, String code) implements ShopperCredential {
        @Override
        public String toString() {
            return "WithCode[" + phone + "]";
        }
    }
}
