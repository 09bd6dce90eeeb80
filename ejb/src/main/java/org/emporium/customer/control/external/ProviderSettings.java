package org.emporium.customer.control.external;

import java.util.Objects;

/**
 * One login provider as configured: its id (in addresses and the database), kind, the label of its button, the
 * client id and secret the provider issued to the shop, and where it answers — an OpenID Connect issuer (whose
 * discovery document names the rest), or the base address of QQ's or Weibo's API.
 */
public record ProviderSettings(
        String id, Kind kind, String label, String clientId, String clientSecret, String address, String scopes) {

    /** The protocols spoken. */
    public enum Kind {
        OIDC,
        QQ,
        WEIBO
    }

    public ProviderSettings {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(address, "address");
    }

    /** The address without a trailing slash, to put paths after (an issuer is compared as configured). */
    public String base() {
        return address.replaceAll("/+$", "");
    }
}
