/**
 * Signing in with an external account: the OpenID Connect authorization-code flow with PKCE (ID tokens checked
 * against the provider's JWKS) and QQ's and Weibo's OAuth2 protocols, configured per provider.
 */
package org.emporium.customer.control.external;
