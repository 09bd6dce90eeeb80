package org.emporium.customer.control.external;

/** A login provider's answer that cannot be trusted or used; the message says why, for the log only. */
public class ProviderRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProviderRefused(String reason) {
        super(reason);
    }

    public ProviderRefused(String reason, Throwable cause) {
        super(reason, cause);
    }
}
