package org.emporium.customer.control.external;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.emporium.customer.entity.AuthorizationRequest;
import org.emporium.customer.entity.ExternalIdentity;

/**
 * Any OpenID Connect provider: the discovery document ({@code <issuer>/.well-known/openid-configuration}) names the
 * endpoints; the browser goes to the authorization endpoint with {@code response_type=code}, state, nonce and
 * an S256 PKCE challenge; the code is exchanged at the token endpoint (client secret by HTTP Basic, or in the
 * form when the provider supports only that) with the verifier; the ID token is checked by {@link IdTokens}
 * against the JWKS, which is fetched again once when a token names a key not seen yet (the provider rotated
 * its keys). Discovery and keys are kept for an hour.
 */
@ApplicationScoped
public class OpenIdConnect implements LoginProtocol {

    private static final Duration KEPT = Duration.ofHours(1);

    private record Kept<T>(T value, Instant at) {}

    private final Map<String, Kept<JsonObject>> discovery = new ConcurrentHashMap<>();
    private final Map<String, Kept<Jwks>> keys = new ConcurrentHashMap<>();

    @Override
    public String authorizeUrl(ProviderSettings provider, AuthorizationRequest request) {
        return ProviderHttp.withQuery(
                endpoint(provider, "authorization_endpoint"),
                ProviderHttp.ordered(
                        "response_type", "code",
                        "client_id", provider.clientId(),
                        "redirect_uri", request.redirectUri(),
                        "scope", provider.scopes() == null ? "openid profile email" : provider.scopes(),
                        "state", request.state(),
                        "nonce", request.nonce(),
                        "code_challenge", request.codeChallenge(),
                        "code_challenge_method", "S256"));
    }

    @Override
    public ExternalIdentity identify(ProviderSettings provider, AuthorizationRequest request, String code) {
        JsonObject config = discovery(provider);
        Map<String, String> form = ProviderHttp.ordered(
                "grant_type", "authorization_code",
                "code", code,
                "redirect_uri", request.redirectUri(),
                "code_verifier", request.codeVerifier(),
                "client_id", provider.clientId());
        String basic = null;
        var methods = config.getJsonArray("token_endpoint_auth_methods_supported");
        boolean postOnly = methods != null
                && methods.getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .noneMatch("client_secret_basic"::equals)
                && methods.getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .anyMatch("client_secret_post"::equals);
        if (provider.clientSecret() != null && postOnly) {
            form.put("client_secret", provider.clientSecret());
        } else if (provider.clientSecret() != null) {
            basic = Base64.getEncoder()
                    .encodeToString(
                            (ProviderHttp.enc(provider.clientId()) + ":" + ProviderHttp.enc(provider.clientSecret()))
                                    .getBytes(StandardCharsets.UTF_8));
        }
        JsonObject tokens = ProviderHttp.post(endpoint(provider, "token_endpoint"), form, basic);
        if (tokens.containsKey("error")) {
            throw new ProviderRefused("The token endpoint refused the code: " + tokens.getString("error", "") + " "
                    + tokens.getString("error_description", ""));
        }
        String idToken = tokens.getString("id_token", null);
        if (idToken == null) {
            throw new ProviderRefused("The token endpoint sent no ID token");
        }
        JsonObject claims = verify(provider, config, idToken, request.nonce());
        String subject = claims.getString("sub");
        String name =
                claims.getString("name", claims.getString("nickname", claims.getString("preferred_username", null)));
        // an address the provider says it has not verified is not shown as the shopper's
        String email = claims.containsKey("email_verified") && !claims.getBoolean("email_verified", false)
                ? null
                : claims.getString("email", null);
        if (name == null && config.containsKey("userinfo_endpoint") && tokens.containsKey("access_token")) {
            JsonObject info =
                    ProviderHttp.get(config.getString("userinfo_endpoint"), Map.of(), tokens.getString("access_token"));
            if (subject.equals(info.getString("sub", null))) {
                name = info.getString("name", info.getString("nickname", null));
                email = email != null ? email : info.getString("email", null);
            }
        }
        return new ExternalIdentity(provider.id(), subject, name, email);
    }

    private JsonObject verify(ProviderSettings provider, JsonObject config, String idToken, String nonce) {
        String issuer = config.getString("issuer", provider.address());
        if (!issuer.equals(provider.address())) {
            throw new ProviderRefused(
                    "The discovery document names the issuer " + issuer + ", not " + provider.address());
        }
        try {
            return IdTokens.verify(
                    idToken, jwks(provider, config, false), issuer, provider.clientId(), nonce, Instant.now());
        } catch (ProviderRefused first) {
            if (!first.getMessage().startsWith("No key")) {
                throw first;
            }
            return IdTokens.verify(
                    idToken, jwks(provider, config, true), issuer, provider.clientId(), nonce, Instant.now());
        }
    }

    private String endpoint(ProviderSettings provider, String name) {
        String url = discovery(provider).getString(name, null);
        if (url == null) {
            throw new ProviderRefused("The discovery document of " + provider.id() + " names no " + name);
        }
        return url;
    }

    private JsonObject discovery(ProviderSettings provider) {
        Kept<JsonObject> kept = discovery.get(provider.address());
        if (kept != null && kept.at().plus(KEPT).isAfter(Instant.now())) {
            return kept.value();
        }
        JsonObject document = ProviderHttp.get(provider.base() + "/.well-known/openid-configuration", Map.of(), null);
        discovery.put(provider.address(), new Kept<>(document, Instant.now()));
        return document;
    }

    private Jwks jwks(ProviderSettings provider, JsonObject config, boolean fresh) {
        Kept<Jwks> kept = keys.get(provider.address());
        if (!fresh && kept != null && kept.at().plus(KEPT).isAfter(Instant.now())) {
            return kept.value();
        }
        String uri = config.getString("jwks_uri", null);
        if (uri == null) {
            throw new ProviderRefused("The discovery document of " + provider.id() + " names no jwks_uri");
        }
        Jwks read = Jwks.of(ProviderHttp.get(uri, Map.of(), null));
        keys.put(provider.address(), new Kept<>(read, Instant.now()));
        return read;
    }
}
