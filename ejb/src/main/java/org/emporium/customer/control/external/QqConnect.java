package org.emporium.customer.control.external;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import org.emporium.customer.entity.AuthorizationRequest;
import org.emporium.customer.entity.ExternalIdentity;

/**
 * QQ 互联 (QQ Connect) OAuth2, as its documentation shapes it: the browser goes to {@code /oauth2.0/authorize}
 * with the state; the code is exchanged by a GET of {@code /oauth2.0/token} ({@code fmt=json}); {@code /oauth2.0/me}
 * names the openid the access token belongs to (and the app it was issued to, which must be ours); and
 * {@code /user/get_user_info} gives the nickname. QQ knows no PKCE and no ID token: the state is what ties the
 * answer to this browser.
 */
@ApplicationScoped
public class QqConnect implements LoginProtocol {

    @Override
    public String authorizeUrl(ProviderSettings provider, AuthorizationRequest request) {
        return ProviderHttp.withQuery(
                provider.base() + "/oauth2.0/authorize",
                ProviderHttp.ordered(
                        "response_type", "code",
                        "client_id", provider.clientId(),
                        "redirect_uri", request.redirectUri(),
                        "state", request.state(),
                        "scope", provider.scopes() == null ? "get_user_info" : provider.scopes()));
    }

    @Override
    public ExternalIdentity identify(ProviderSettings provider, AuthorizationRequest request, String code) {
        JsonObject token = ProviderHttp.get(
                provider.base() + "/oauth2.0/token",
                ProviderHttp.ordered(
                        "grant_type",
                        "authorization_code",
                        "client_id",
                        provider.clientId(),
                        "client_secret",
                        provider.clientSecret(),
                        "code",
                        code,
                        "redirect_uri",
                        request.redirectUri(),
                        "fmt",
                        "json"),
                null);
        String accessToken = token.getString("access_token", null);
        if (accessToken == null) {
            throw new ProviderRefused("QQ refused the code: " + token.getString("error", "") + " "
                    + token.getString("error_description", ""));
        }
        JsonObject me = ProviderHttp.get(
                provider.base() + "/oauth2.0/me",
                ProviderHttp.ordered("access_token", accessToken, "fmt", "json"),
                null);
        String openid = me.getString("openid", null);
        if (openid == null || !provider.clientId().equals(me.getString("client_id", null))) {
            throw new ProviderRefused("QQ's /me names no openid of this app: " + me);
        }
        JsonObject info = ProviderHttp.get(
                provider.base() + "/user/get_user_info",
                ProviderHttp.ordered(
                        "access_token", accessToken, "oauth_consumer_key", provider.clientId(), "openid", openid),
                null);
        String nickname = info.containsKey("ret") && info.getJsonNumber("ret").intValue() == 0
                ? info.getString("nickname", null)
                : null;
        return new ExternalIdentity(provider.id(), openid, nickname, null);
    }
}
