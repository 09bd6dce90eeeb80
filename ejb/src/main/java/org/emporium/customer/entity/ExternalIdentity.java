package org.emporium.customer.entity;

import java.io.Serializable;
import java.util.Objects;

/**
 * Who a login provider says signed in: the provider's id in this shop's configuration, the subject it knows them
 * by (never reused by the provider), and a name and email as the provider gives them, for display only: an
 * email from a provider never links an account by itself.
 */
public record ExternalIdentity(String provider, String subject, String name, String email) implements Serializable {

    public ExternalIdentity {
        Objects.requireNonNull(provider, "provider");
        if (subject == null || subject.isBlank() || subject.length() > 255) {
            throw new IllegalArgumentException("A subject has 1 to 255 characters");
        }
    }

    /** The name to show: the provider's, else the subject. */
    public String shownName() {
        return name == null || name.isBlank() ? subject : name;
    }
}
