package org.emporium.customer.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.emporium.customer.control.CustomerSettings;
import org.emporium.customer.control.Secrets;
import org.emporium.customer.control.external.IdTokens;
import org.emporium.customer.control.external.Jwks;
import org.emporium.customer.control.external.LoginProviders;
import org.emporium.customer.entity.AuthorizationRequest;
import org.emporium.platform.json.Jsons;

/**
 * The local login providers, on while no real one is configured: an OpenID Connect provider (discovery, an
 * authorization page where the tester says who signs in, a token endpoint that checks the client secret, the
 * redirect address and the PKCE verifier and answers with an RS256 ID token, the JWKS of a key pair made at
 * start, userinfo) and QQ- and Weibo-shaped OAuth2 providers. Codes are good for five minutes and once.
 */
@ApplicationScoped
public class LoginProviderSimulator {

    static final Duration CODE_VALIDITY = Duration.ofMinutes(5);
    static final String KID = "simulator-1";

    /** The kinds of provider simulated, by their path under {@code /simulator/}. */
    public enum Kind {
        OIDC,
        QQ,
        WEIBO
    }

    /** An answer to a server's call: the HTTP status and the JSON body. */
    public record Answer(int status, String json) {}

    /** Who the tester said signs in, for the code the browser carries back. */
    private record Grant(
            Kind kind,
            String redirectUri,
            String nonce,
            String challenge,
            String subject,
            String name,
            String email,
            Instant at) {}

    @Inject
    LoginProviders providers;

    @Inject
    CustomerSettings settings;

    private final KeyPair keys = rsa();
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Grant> tokens = new ConcurrentHashMap<>();

    public boolean enabled() {
        return providers.simulated();
    }

    public String issuer() {
        return settings.baseUrl() + "/simulator/oidc";
    }

    public String discovery() {
        String issuer = issuer();
        return Jsons.createObjectBuilder()
                .add("issuer", issuer)
                .add("authorization_endpoint", issuer + "/authorize")
                .add("token_endpoint", issuer + "/token")
                .add("userinfo_endpoint", issuer + "/userinfo")
                .add("jwks_uri", issuer + "/jwks")
                .add("response_types_supported", Jsons.createArrayBuilder().add("code"))
                .add("subject_types_supported", Jsons.createArrayBuilder().add("public"))
                .add(
                        "id_token_signing_alg_values_supported",
                        Jsons.createArrayBuilder().add("RS256"))
                .add(
                        "code_challenge_methods_supported",
                        Jsons.createArrayBuilder().add("S256"))
                .add(
                        "token_endpoint_auth_methods_supported",
                        Jsons.createArrayBuilder().add("client_secret_basic").add("client_secret_post"))
                .add(
                        "scopes_supported",
                        Jsons.createArrayBuilder().add("openid").add("profile").add("email"))
                .build()
                .toString();
    }

    public String jwks() {
        return Jsons.createObjectBuilder()
                .add("keys", Jsons.createArrayBuilder().add(Jwks.jwk(KID, (RSAPublicKey) keys.getPublic())))
                .build()
                .toString();
    }

    /** What is wrong with an authorization request, or null: the page shows it instead of the form. */
    public String problem(Kind kind, Map<String, String> params) {
        if (!LoginProviders.SIMULATOR_CLIENT_ID.equals(params.get("client_id"))) {
            return "unknown client_id";
        }
        String redirect = params.getOrDefault("redirect_uri", "");
        if (!redirect.startsWith("http://") && !redirect.startsWith("https://")) {
            return "redirect_uri missing";
        }
        if (kind == Kind.OIDC) {
            if (!"code".equals(params.get("response_type"))) {
                return "response_type must be code";
            }
            if (!String.valueOf(params.get("scope")).contains("openid")) {
                return "scope must contain openid";
            }
            if (!"S256".equals(params.get("code_challenge_method")) || params.get("code_challenge") == null) {
                return "a S256 code_challenge is required";
            }
        }
        return null;
    }

    /** The tester chose who signs in: where the browser goes back to, with a code and the state. */
    public String approve(Kind kind, Map<String, String> params, String subject, String name, String email) {
        String problem = problem(kind, params);
        if (problem != null || subject == null || subject.isBlank()) {
            throw new IllegalArgumentException(problem == null ? "a subject is required" : problem);
        }
        String code = Secrets.linkToken();
        codes.put(
                code,
                new Grant(
                        kind,
                        params.get("redirect_uri"),
                        params.get("nonce"),
                        params.get("code_challenge"),
                        subject.strip(),
                        blankToNull(name),
                        blankToNull(email),
                        Instant.now()));
        String redirect = params.get("redirect_uri");
        return redirect + (redirect.contains("?") ? "&" : "?") + "code=" + enc(code)
                + (params.get("state") == null ? "" : "&state=" + enc(params.get("state")));
    }

    /** The tester refused: the browser goes back with {@code error=access_denied}. */
    public String deny(Kind kind, Map<String, String> params) {
        String problem = problem(kind, params);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        String redirect = params.getOrDefault("redirect_uri", "");
        return redirect + (redirect.contains("?") ? "&" : "?") + "error=access_denied"
                + (params.get("state") == null ? "" : "&state=" + enc(params.get("state")));
    }

    /** OpenID Connect's token endpoint. */
    public Answer oidcToken(Map<String, String> form, String authorization) {
        String clientId = form.get("client_id");
        String secret = form.get("client_secret");
        if (authorization != null && authorization.startsWith("Basic ")) {
            String[] pair = new String(
                            Base64.getDecoder()
                                    .decode(authorization.substring(6).strip()),
                            StandardCharsets.UTF_8)
                    .split(":", 2);
            clientId = java.net.URLDecoder.decode(pair[0], StandardCharsets.UTF_8);
            secret = pair.length > 1 ? java.net.URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : null;
        }
        if (!LoginProviders.SIMULATOR_CLIENT_ID.equals(clientId)
                || !LoginProviders.SIMULATOR_CLIENT_SECRET.equals(secret)) {
            return error(401, "invalid_client");
        }
        if (!"authorization_code".equals(form.get("grant_type"))) {
            return error(400, "unsupported_grant_type");
        }
        Grant grant = take(Kind.OIDC, form.get("code"), form.get("redirect_uri"));
        if (grant == null) {
            return error(400, "invalid_grant");
        }
        String verifier = form.get("code_verifier");
        if (verifier == null
                || !grant.challenge().equals(new AuthorizationRequest("x", "x", "x", verifier, "x").codeChallenge())) {
            return error(400, "invalid_grant");
        }
        String accessToken = Secrets.linkToken();
        tokens.put(accessToken, grant);
        Instant now = Instant.now();
        var claims = Jsons.createObjectBuilder()
                .add("iss", issuer())
                .add("sub", grant.subject())
                .add("aud", LoginProviders.SIMULATOR_CLIENT_ID)
                .add("iat", now.getEpochSecond())
                .add("exp", now.plus(Duration.ofMinutes(10)).getEpochSecond());
        if (grant.nonce() != null) {
            claims.add("nonce", grant.nonce());
        }
        if (grant.email() != null) {
            claims.add("email", grant.email()).add("email_verified", true);
        }
        String idToken = IdTokens.sign(claims.build(), KID, keys.getPrivate());
        return new Answer(
                200,
                Jsons.createObjectBuilder()
                        .add("access_token", accessToken)
                        .add("token_type", "Bearer")
                        .add("expires_in", 600)
                        .add("id_token", idToken)
                        .build()
                        .toString());
    }

    /** OpenID Connect's userinfo endpoint (the ID token leaves the name out, so that the shop asks here). */
    public Answer userInfo(String authorization) {
        Grant grant = authorization != null && authorization.startsWith("Bearer ")
                ? tokens.get(authorization.substring(7).strip())
                : null;
        if (grant == null || grant.kind() != Kind.OIDC) {
            return error(401, "invalid_token");
        }
        var info = Jsons.createObjectBuilder().add("sub", grant.subject());
        if (grant.name() != null) {
            info.add("name", grant.name());
        }
        if (grant.email() != null) {
            info.add("email", grant.email());
        }
        return new Answer(200, info.build().toString());
    }

    /** QQ's {@code /oauth2.0/token}. */
    public Answer qqToken(Map<String, String> params) {
        if (!clientKnown(params.get("client_id"), params.get("client_secret"))) {
            return new Answer(200, qqError(100016, "client_secret is wrong"));
        }
        Grant grant = take(Kind.QQ, params.get("code"), params.get("redirect_uri"));
        if (grant == null) {
            return new Answer(200, qqError(100019, "code to access token error"));
        }
        String accessToken = Secrets.linkToken();
        tokens.put(accessToken, grant);
        return new Answer(
                200,
                Jsons.createObjectBuilder()
                        .add("access_token", accessToken)
                        .add("expires_in", "7776000")
                        .add("refresh_token", Secrets.linkToken())
                        .build()
                        .toString());
    }

    /** QQ's {@code /oauth2.0/me}. */
    public Answer qqMe(Map<String, String> params) {
        Grant grant = token(Kind.QQ, params.get("access_token"));
        if (grant == null) {
            return new Answer(200, qqError(100016, "access token check failed"));
        }
        return new Answer(
                200,
                Jsons.createObjectBuilder()
                        .add("client_id", LoginProviders.SIMULATOR_CLIENT_ID)
                        .add("openid", grant.subject())
                        .build()
                        .toString());
    }

    /** QQ's {@code /user/get_user_info}. */
    public Answer qqUserInfo(Map<String, String> params) {
        Grant grant = token(Kind.QQ, params.get("access_token"));
        if (grant == null
                || !grant.subject().equals(params.get("openid"))
                || !LoginProviders.SIMULATOR_CLIENT_ID.equals(params.get("oauth_consumer_key"))) {
            return new Answer(
                    200,
                    Jsons.createObjectBuilder()
                            .add("ret", 1002)
                            .add("msg", "请先登录")
                            .build()
                            .toString());
        }
        return new Answer(
                200,
                Jsons.createObjectBuilder()
                        .add("ret", 0)
                        .add("msg", "")
                        .add("nickname", grant.name() == null ? grant.subject() : grant.name())
                        .add("gender", "")
                        .build()
                        .toString());
    }

    /** Weibo's {@code /oauth2/access_token}. */
    public Answer weiboToken(Map<String, String> params) {
        if (!clientKnown(params.get("client_id"), params.get("client_secret"))) {
            return weiboError(21324, "invalid_client");
        }
        Grant grant = take(Kind.WEIBO, params.get("code"), params.get("redirect_uri"));
        if (grant == null) {
            return weiboError(21325, "invalid_grant");
        }
        String accessToken = Secrets.linkToken();
        tokens.put(accessToken, grant);
        return new Answer(
                200,
                Jsons.createObjectBuilder()
                        .add("access_token", accessToken)
                        .add("expires_in", 157679999)
                        .add("uid", grant.subject())
                        .build()
                        .toString());
    }

    /** Weibo's {@code /2/users/show.json}. */
    public Answer weiboUser(Map<String, String> params) {
        Grant grant = token(Kind.WEIBO, params.get("access_token"));
        if (grant == null || !grant.subject().equals(params.get("uid"))) {
            return weiboError(21332, "invalid_access_token");
        }
        return new Answer(
                200,
                Jsons.createObjectBuilder()
                        .add("id", grant.subject())
                        .add("idstr", grant.subject())
                        .add("screen_name", grant.name() == null ? grant.subject() : grant.name())
                        .build()
                        .toString());
    }

    private Grant take(Kind kind, String code, String redirectUri) {
        Grant grant = code == null ? null : codes.remove(code);
        if (grant == null
                || grant.kind() != kind
                || !Objects.equals(grant.redirectUri(), redirectUri)
                || grant.at().plus(CODE_VALIDITY).isBefore(Instant.now())) {
            return null;
        }
        return grant;
    }

    private Grant token(Kind kind, String accessToken) {
        Grant grant = accessToken == null ? null : tokens.get(accessToken);
        return grant != null && grant.kind() == kind ? grant : null;
    }

    private static boolean clientKnown(String clientId, String secret) {
        return LoginProviders.SIMULATOR_CLIENT_ID.equals(clientId)
                && LoginProviders.SIMULATOR_CLIENT_SECRET.equals(secret);
    }

    private static String qqError(int code, String description) {
        return Jsons.createObjectBuilder()
                .add("error", code)
                .add("error_description", description)
                .build()
                .toString();
    }

    private static Answer weiboError(int code, String error) {
        return new Answer(
                400,
                Jsons.createObjectBuilder()
                        .add("error", error)
                        .add("error_code", code)
                        .add("request", "/oauth2/access_token")
                        .build()
                        .toString());
    }

    private static Answer error(int status, String error) {
        return new Answer(
                status, Jsons.createObjectBuilder().add("error", error).build().toString());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
