package org.emporium.customer.control.external;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.emporium.customer.entity.AuthorizationRequest;
import org.emporium.customer.entity.ExternalIdentity;

/**
 * Weibo (微博) OAuth2, as its documentation shapes it: {@code /oauth2/authorize} with the state, the code
 * exchanged by a POST to {@code /oauth2/access_token} (which answers with the token and the user's uid), and
 * {@code /2/users/show.json} for the screen name, whose id must be that uid.
 */
@ApplicationScoped
public class WeiboConnect implements LoginProtocol {

    @Override
    public String authorizeUrl(ProviderSettings provider, AuthorizationRequest request) {
        return ProviderHttp.withQuery(
                provider.base() + "/oauth2/authorize",
                ProviderHttp.ordered(
                        "client_id", provider.clientId(),
                        "redirect_uri", request.redirectUri(),
                        "response_type", "code",
                        "state", request.state()));
    }

    @Override
    public ExternalIdentity identify(ProviderSettings provider, AuthorizationRequest request, String code) {
        JsonObject token = ProviderHttp.post(
                provider.base() + "/oauth2/access_token",
                ProviderHttp.ordered(
                        "client_id", provider.clientId(),
                        "client_secret", provider.clientSecret(),
                        "grant_type", "authorization_code",
                        "code", code,
                        "redirect_uri", request.redirectUri()),
                null);
        String accessToken = token.getString("access_token", null);
        String uid = text(token.get("uid"));
        if (accessToken == null || uid == null) {
            throw new ProviderRefused("Weibo refused the code: " + token);
        }
        JsonObject user = ProviderHttp.get(
                provider.base() + "/2/users/show.json",
                ProviderHttp.ordered("access_token", accessToken, "uid", uid),
                null);
        String id = text(user.get("id"));
        return new ExternalIdentity(
                provider.id(), uid, uid.equals(id) ? user.getString("screen_name", null) : null, null);
    }

    /** Weibo sends ids as strings or numbers. */
    private static String text(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof jakarta.json.JsonString s ? s.getString() : value.toString();
    }
}
