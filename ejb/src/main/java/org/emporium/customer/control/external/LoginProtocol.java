package org.emporium.customer.control.external;

import org.emporium.customer.entity.AuthorizationRequest;
import org.emporium.customer.entity.ExternalIdentity;

/** How the shop speaks with one kind of login provider: where to send the browser, and who came back. */
public interface LoginProtocol {

    /** The provider's page the browser is sent to, asking for a code for this request. */
    String authorizeUrl(ProviderSettings provider, AuthorizationRequest request);

    /** Who signed in: the code exchanged and the answer checked, or {@link ProviderRefused}. */
    ExternalIdentity identify(ProviderSettings provider, AuthorizationRequest request, String code);
}
