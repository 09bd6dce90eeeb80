package org.emporium.systemtest.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.emporium.customer.boundary.AccountSecurity;
import org.emporium.customer.boundary.Customers;
import org.emporium.customer.boundary.ExternalLogins;
import org.emporium.customer.boundary.Registration;
import org.emporium.customer.boundary.ShopperLogin;
import org.emporium.customer.entity.ExternalIdentity;
import org.emporium.notification.boundary.DevMailbox;
import org.emporium.notification.boundary.SmsSimulator;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.systemtest.Deployments;
import org.emporium.systemtest.Eventually;
import org.emporium.systemtest.SystemUnderTest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Shoppers sign in with external accounts over HTTP, as a browser does (cookies kept, redirects followed), against
 * the local OpenID Connect and QQ simulators: a first sign-in links to an existing account once its password is
 * given and later ones sign straight in; a forged state signs nobody in; a new account opened with a QQ login has
 * no password, and its last link stays until it has one. And the security settings: a password changes only with
 * the current one, signing out everywhere else ends older sessions, a new number and email are confirmed first.
 */
@ExtendWith(ArquillianExtension.class)
class ExternalLoginIT {

    private static final Pattern CODE = Pattern.compile("(\\d{6})");
    private static final Pattern HIDDEN =
            Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ExternalLoginIT.class);
    }

    @Inject
    Registration registration;

    @Inject
    ExternalLogins externalLogins;

    @Inject
    AccountSecurity security;

    @Inject
    Customers customers;

    @Inject
    ShopperLogin login;

    @Inject
    SmsSimulator sms;

    @Inject
    DevMailbox mailbox;

    final String shop = SystemUnderTest.storefrontUrl();

    @Test
    void a_first_openid_login_links_to_an_account_proved_by_its_password_and_later_ones_sign_straight_in() {
        String phone = phone();
        long id = register(phone, "garden2026");
        String subject = "it-" + UUID.randomUUID();

        Browser first = new Browser();
        HttpResponse<String> linkPage = first.signInAt("oidc", subject, "Han Meimei", "/orders.xhtml");
        assertThat(linkPage.uri().getPath()).isEqualTo("/link-account.xhtml");
        assertThat(linkPage.body()).contains("Han Meimei", "link-password");

        HttpResponse<String> linked = first.submit(
                linkPage,
                "link-form",
                Map.of("login", phone, "password", "garden2026", "link-password", "Sign in and link"));
        assertThat(linked.uri().getPath()).as("back where the sign-in began").isEqualTo("/orders.xhtml");
        assertThat(externalLogins.linked(id)).singleElement().satisfies(l -> {
            assertThat(l.provider()).isEqualTo("oidc");
            assertThat(l.name()).as("from the userinfo endpoint").isEqualTo("Han Meimei");
        });

        Browser second = new Browser();
        HttpResponse<String> home = second.signInAt("oidc", subject, "Han Meimei", "/");
        assertThat(home.uri().getPath()).isEqualTo("/");
        HttpResponse<String> settings = second.get("security.xhtml");
        assertThat(settings.uri().getPath()).as("signed in").isEqualTo("/security.xhtml");
        assertThat(settings.body()).contains("data-provider=\"oidc\"");
    }

    @Test
    void an_answer_carrying_another_state_signs_nobody_in() {
        Browser browser = new Browser();
        HttpResponse<String> authorize = browser.get("external-login/start?provider=oidc");
        Map<String, String> form = hidden(authorize.body());
        form.put("state", "forged-" + form.get("state"));
        form.put("subject", "it-" + UUID.randomUUID());

        HttpResponse<String> answered = browser.post(formAction(authorize), form);

        assertThat(answered.uri().getPath()).isEqualTo("/login.xhtml");
        assertThat(answered.body()).contains("could not be confirmed");
        assertThat(browser.get("security.xhtml").uri().getPath())
                .as("still a guest")
                .isEqualTo("/login.xhtml");
    }

    @Test
    void a_qq_login_opens_a_new_account_without_password_whose_last_link_stays_until_it_has_one() {
        String subject = "QQ" + UUID.randomUUID().toString().replace("-", "").toUpperCase();
        String phone = phone();
        Browser browser = new Browser();
        HttpResponse<String> linkPage = browser.signInAt("qq", subject, "小明", "/");
        assertThat(linkPage.uri().getPath()).isEqualTo("/link-account.xhtml");

        registration.requestCode(phone, "en");
        HttpResponse<String> opened = browser.submit(
                linkPage,
                "link-form",
                Map.of("new-phone", phone, "new-code", smsCode(phone, 1), "name", "", "create-account", "Open"));

        assertThat(opened.uri().getPath()).isEqualTo("/");
        long id = externalLogins
                .accountOf(new ExternalIdentity("qq", subject, null, null))
                .orElseThrow();
        assertThat(customers.byId(id).orElseThrow().displayName())
                .as("QQ's nickname")
                .isEqualTo("小明");
        assertThat(security.hasPassword(id)).isFalse();
        assertThatThrownBy(() -> externalLogins.unlink(id, "qq"))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("customer.external.last-way");

        security.changePassword(id, null, "garden2026", null);
        externalLogins.unlink(id, "qq");

        assertThat(externalLogins.linked(id)).isEmpty();
        assertThat(login.withPassword(phone, "garden2026", "it-" + UUID.randomUUID())
                        .signedIn())
                .isTrue();
    }

    @Test
    void a_subject_linked_to_one_account_is_not_linked_to_another() {
        long alice = register(phone(), "garden2026");
        long bob = register(phone(), "garden2026");
        ExternalIdentity weibo = new ExternalIdentity("weibo", "it-" + UUID.randomUUID(), "w", null);

        externalLogins.link(alice, weibo);

        assertThatThrownBy(() -> externalLogins.link(bob, weibo))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("customer.external.linked-elsewhere");
        assertThatThrownBy(() -> externalLogins.link(
                        alice, new ExternalIdentity("weibo", "it-" + UUID.randomUUID(), "w2", null)))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("customer.external.provider-linked");
        assertThat(externalLogins.accountOf(weibo)).contains(alice);
    }

    @Test
    void a_password_changes_only_with_the_current_one_and_other_remembered_browsers_are_forgotten() {
        String phone = phone();
        long id = register(phone, "garden2026");
        String here = login.remember(id);
        String elsewhere = login.remember(id);

        assertThatThrownBy(() -> security.changePassword(id, "garden2027", "orchard2026", here))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("customer.password.current-wrong");
        assertThatThrownBy(() -> security.changePassword(id, "garden2026", "short", here))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("customer.password.weak");
        assertThat(security.remembered(id, here)).hasSize(2);

        security.changePassword(id, "garden2026", "orchard2026", here);

        String address = "it-" + UUID.randomUUID();
        assertThat(login.withPassword(phone, "orchard2026", address).signedIn()).isTrue();
        assertThat(login.withPassword(phone, "garden2026", address).signedIn()).isFalse();
        assertThat(security.remembered(id, here))
                .singleElement()
                .satisfies(b -> assertThat(b.current()).isTrue());
        assertThat(login.resume(elsewhere)).isEmpty();
    }

    @Test
    void signing_out_everywhere_else_ends_the_sessions_begun_before() {
        long id = register(phone(), "garden2026");
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(1);
        assertThat(security.sessionValid(id, before)).isTrue();

        OffsetDateTime from = security.signOutEverywhereElse(id, null);

        assertThat(security.sessionValid(id, before)).isFalse();
        assertThat(security.sessionValid(id, from)).isTrue();
    }

    @Test
    void a_new_mobile_number_and_a_new_email_count_once_confirmed() {
        long id = register(phone(), "garden2026");
        String newPhone = phone();

        security.requestPhoneCode(id, newPhone, "en");
        String code = smsCode(newPhone, 1);
        assertThatThrownBy(() -> security.changePhone(id, newPhone, code.equals("000000") ? "000001" : "000000"))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("customer.code.invalid");
        security.changePhone(id, newPhone, code);
        assertThat(customers.byId(id).orElseThrow().phone()).isEqualTo(newPhone);

        String email = "change-" + System.nanoTime() + "@example.cn";
        security.requestEmailChange(id, email, "en");
        assertThat(customers.byId(id).orElseThrow().email())
                .as("not before the link is opened")
                .isNull();
        Eventually.await(
                "the mail arrived",
                Duration.ofSeconds(30),
                () -> !mailbox.receivedBy(email).isEmpty());
        Matcher link = Pattern.compile("confirm-email\\.xhtml\\?t=([A-Za-z0-9_%-]+)")
                .matcher(mailbox.receivedBy(email).get(0).body());
        assertThat(link.find()).isTrue();
        String token = java.net.URLDecoder.decode(link.group(1), StandardCharsets.UTF_8);

        assertThat(security.confirmEmail(token)).isEqualTo(email);
        assertThat(customers.byId(id).orElseThrow().email()).isEqualTo(email);
        assertThatThrownBy(() -> security.confirmEmail(token))
                .as("a link is good once")
                .isInstanceOf(BusinessRuleViolation.class);
    }

    /** A browser: its own cookies, redirects followed, English pages. */
    private final class Browser {

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();

        /** From the shop's button to the provider's page, who signs in there, and back to the shop. */
        HttpResponse<String> signInAt(String provider, String subject, String name, String next) {
            HttpResponse<String> authorize = get("external-login/start?provider=" + provider + "&next=" + enc(next));
            assertThat(authorize.uri().getPath()).startsWith("/simulator/" + provider + "/");
            Map<String, String> form = hidden(authorize.body());
            form.put("subject", subject);
            form.put("name", name);
            form.put("action", "approve");
            return post(formAction(authorize), form);
        }

        /** Posts a Faces form of the page with its view state. */
        HttpResponse<String> submit(HttpResponse<String> page, String formId, Map<String, String> fields) {
            Matcher state = VIEW_STATE.matcher(page.body());
            assertThat(state.find()).as("a form is served").isTrue();
            Map<String, String> form = new LinkedHashMap<>(fields);
            form.put(formId, formId);
            form.put("jakarta.faces.ViewState", unescape(state.group(1)));
            return post(page.uri().toString(), form);
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(shop + path)).GET());
        }

        HttpResponse<String> post(String url, Map<String, String> form) {
            return send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                            .collect(Collectors.joining("&")))));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(
                        request.header("Accept-Language", "en")
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static Map<String, String> hidden(String page) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = HIDDEN.matcher(page);
        while (m.find()) {
            fields.put(m.group(1), unescape(m.group(2)));
        }
        assertThat(fields).as("the provider's page carries the request").containsKeys("redirect_uri", "state");
        return fields;
    }

    private static String formAction(HttpResponse<String> page) {
        Matcher m = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\"").matcher(page.body());
        assertThat(m.find()).as("the provider's page has its form").isTrue();
        return page.uri().resolve(unescape(m.group(1))).toString();
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private long register(String phone, String password) {
        registration.requestCode(phone, "en");
        return registration.register(phone, smsCode(phone, 1), password, null, "en");
    }

    private String smsCode(String phone, int nth) {
        Eventually.await(
                "SMS " + nth + " to " + phone + " arrived",
                Duration.ofSeconds(30),
                () -> sms.receivedBy(phone).size() >= nth);
        Matcher m = CODE.matcher(sms.receivedBy(phone).get(0).text());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static String phone() {
        return "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
