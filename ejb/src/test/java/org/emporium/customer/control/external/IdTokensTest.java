package org.emporium.customer.control.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.emporium.customer.entity.AuthorizationRequest;
import org.emporium.platform.json.Jsons;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An ID token is taken only when everything about it is right; each wrong thing alone refuses it. */
class IdTokensTest {

    static final String ISSUER = "https://id.example.cn";
    static final String CLIENT = "emporium-shop";
    static final String NONCE = "n-0S6_WzA2Mj";
    static final Instant NOW = Instant.parse("2026-12-06T04:00:00Z");

    static KeyPair provider;
    static KeyPair stranger;
    static Jwks keys;

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        provider = generator.generateKeyPair();
        stranger = generator.generateKeyPair();
        keys = Jwks.of(Jsons.createObjectBuilder()
                .add("keys", Jsons.createArrayBuilder().add(Jwks.jwk("k1", (RSAPublicKey) provider.getPublic())))
                .build());
    }

    @Test
    void a_token_signed_by_the_provider_for_this_shop_with_this_nonce_is_taken() {
        JsonObject claims = IdTokens.verify(token(claims()), keys, ISSUER, CLIENT, NONCE, NOW);

        assertThat(claims.getString("sub")).isEqualTo("248289761001");
    }

    @Test
    void a_token_signed_by_another_key_is_refused() {
        String forged = IdTokens.sign(claims().build(), "k1", stranger.getPrivate());

        assertRefused(forged, NONCE, "signature");
    }

    @Test
    void a_token_whose_claims_were_changed_after_signing_is_refused() {
        String[] parts = token(claims()).split("\\.");
        String changed = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(claims().add("sub", "admin").build().toString().getBytes(StandardCharsets.UTF_8));

        assertRefused(parts[0] + "." + changed + "." + parts[2], NONCE, "signature");
    }

    @Test
    void an_unsigned_token_is_refused() {
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());
        String body = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(claims().build().toString().getBytes(StandardCharsets.UTF_8));

        assertRefused(header + "." + body + ".", NONCE, "RS256");
    }

    @Test
    void a_token_for_another_client_is_refused() {
        assertRefused(token(claims().add("aud", "someone-else")), NONCE, "not this shop");
    }

    @Test
    void a_token_for_several_audiences_needs_this_shop_as_authorised_party() {
        JsonObjectBuilder both =
                claims().add("aud", Jsons.createArrayBuilder().add(CLIENT).add("other"));
        assertRefused(token(both), NONCE, "several audiences");

        JsonObjectBuilder authorised = claims().add(
                        "aud", Jsons.createArrayBuilder().add(CLIENT).add("other"))
                .add("azp", CLIENT);
        assertThat(IdTokens.verify(token(authorised), keys, ISSUER, CLIENT, NONCE, NOW)
                        .getString("sub"))
                .isEqualTo("248289761001");
    }

    @Test
    void a_token_from_another_issuer_is_refused() {
        assertRefused(token(claims().add("iss", "https://evil.example.cn")), NONCE, "issued by");
    }

    @Test
    void an_expired_token_is_refused_beyond_a_minute_of_skew() {
        long expired = NOW.minus(IdTokens.SKEW).minusSeconds(1).getEpochSecond();
        assertRefused(token(claims().add("exp", expired)), NONCE, "expired");

        long justNow = NOW.minusSeconds(30).getEpochSecond();
        assertThat(IdTokens.verify(token(claims().add("exp", justNow)), keys, ISSUER, CLIENT, NONCE, NOW))
                .isNotNull();
    }

    @Test
    void a_token_with_another_nonce_or_none_is_refused() {
        assertRefused(token(claims()), "another-nonce", "nonce");
        assertRefused(token(claims().add("nonce", "")), NONCE, "nonce");
    }

    @Test
    void a_token_naming_a_key_the_provider_does_not_have_is_refused() {
        String other = IdTokens.sign(claims().build(), "k2", provider.getPrivate());

        assertRefused(other, NONCE, "No key");
    }

    @Test
    void an_answer_with_another_state_is_not_this_browser_s() {
        AuthorizationRequest request = AuthorizationRequest.start("oidc", "https://shop.example.cn/callback");

        assertThat(request.answers(request.state())).isTrue();
        assertThat(request.answers(request.state() + "x")).isFalse();
        assertThat(request.answers(null)).isFalse();
        assertThat(AuthorizationRequest.start("oidc", "x").state()).isNotEqualTo(request.state());
    }

    @Test
    void the_pkce_challenge_is_rfc_7636_s256() {
        // RFC 7636, appendix B
        AuthorizationRequest request = new AuthorizationRequest(
                "oidc", "s", "n", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk", "https://shop.example.cn/callback");

        assertThat(request.codeChallenge()).isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    private static void assertRefused(String token, String nonce, String why) {
        assertThatThrownBy(() -> IdTokens.verify(token, keys, ISSUER, CLIENT, nonce, NOW))
                .isInstanceOf(ProviderRefused.class)
                .hasMessageContaining(why);
    }

    private static JsonObjectBuilder claims() {
        return Jsons.createObjectBuilder()
                .add("iss", ISSUER)
                .add("sub", "248289761001")
                .add("aud", CLIENT)
                .add("nonce", NONCE)
                .add("iat", NOW.minusSeconds(5).getEpochSecond())
                .add("exp", NOW.plus(Duration.ofMinutes(10)).getEpochSecond());
    }

    private static String token(JsonObjectBuilder claims) {
        return IdTokens.sign(claims.build(), "k1", provider.getPrivate());
    }
}
