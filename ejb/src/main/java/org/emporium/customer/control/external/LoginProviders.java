package org.emporium.customer.control.external;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emporium.customer.control.CustomerSettings;

/**
 * The login providers shoppers may sign in with. {@code emporium.external-login.providers} names them
 * (comma-separated ids); each id's settings are {@code emporium.external-login.<id>.type} ({@code oidc},
 * {@code qq} or {@code weibo}), {@code .label} (the button), {@code .client-id}, {@code .client-secret},
 * {@code .issuer} (OpenID Connect) or {@code .base-url} (QQ: {@code https://graph.qq.com}, Weibo:
 * {@code https://api.weibo.com}, the defaults) and {@code .scopes}. When none is named, the shop offers the
 * local simulators served under {@code /simulator/oidc}, {@code /simulator/qq} and {@code /simulator/weibo}.
 */
@ApplicationScoped
public class LoginProviders {

    static final String PREFIX = "emporium.external-login.";
    /** The client the simulators know the shop as. */
    public static final String SIMULATOR_CLIENT_ID = "emporium-shop";

    public static final String SIMULATOR_CLIENT_SECRET = "emporium-simulator-secret";

    @Inject
    @ConfigProperty(name = "emporium.external-login.providers")
    Optional<String> configured;

    @Inject
    CustomerSettings settings;

    @Inject
    OpenIdConnect openIdConnect;

    @Inject
    QqConnect qq;

    @Inject
    WeiboConnect weibo;

    private List<String> ids;

    @PostConstruct
    void read() {
        ids = configured.stream()
                .flatMap(s -> Arrays.stream(s.split(",")))
                .map(String::strip)
                .filter(s -> s.matches("[a-z0-9][a-z0-9-]{0,39}"))
                .distinct()
                .toList();
    }

    /** Whether the shop talks to its simulators (no provider configured). */
    public boolean simulated() {
        return ids.isEmpty();
    }

    public List<ProviderSettings> all() {
        if (simulated()) {
            String base = settings.baseUrl() + "/simulator/";
            return List.of(
                    simulator("oidc", ProviderSettings.Kind.OIDC, "OpenID Connect（模拟 · simulator）", base + "oidc"),
                    simulator("qq", ProviderSettings.Kind.QQ, "QQ（模拟 · simulator）", base + "qq"),
                    simulator("weibo", ProviderSettings.Kind.WEIBO, "微博 Weibo（模拟 · simulator）", base + "weibo"));
        }
        Config config = ConfigProvider.getConfig();
        return ids.stream()
                .map(id -> configuredProvider(config, id))
                .flatMap(Optional::stream)
                .toList();
    }

    public Optional<ProviderSettings> byId(String id) {
        return all().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public LoginProtocol protocol(ProviderSettings provider) {
        return switch (provider.kind()) {
            case OIDC -> openIdConnect;
            case QQ -> qq;
            case WEIBO -> weibo;
        };
    }

    private static ProviderSettings simulator(String id, ProviderSettings.Kind kind, String label, String address) {
        return new ProviderSettings(id, kind, label, SIMULATOR_CLIENT_ID, SIMULATOR_CLIENT_SECRET, address, null);
    }

    /** A provider whose type or client id is missing is left out (and said in the log at start). */
    private static Optional<ProviderSettings> configuredProvider(Config config, String id) {
        String p = PREFIX + id + ".";
        Optional<ProviderSettings.Kind> kind = config.getOptionalValue(p + "type", String.class)
                .map(t -> t.strip().toUpperCase(Locale.ROOT))
                .filter(t -> Arrays.stream(ProviderSettings.Kind.values())
                        .anyMatch(k -> k.name().equals(t)))
                .map(ProviderSettings.Kind::valueOf);
        Optional<String> clientId = config.getOptionalValue(p + "client-id", String.class);
        if (kind.isEmpty() || clientId.isEmpty()) {
            java.util.logging.Logger.getLogger(LoginProviders.class.getName())
                    .warning(() -> "Login provider " + id + " needs " + p + "type (oidc, qq or weibo) and " + p
                            + "client-id; it is not offered");
            return Optional.empty();
        }
        String address = switch (kind.get()) {
            case OIDC -> config.getOptionalValue(p + "issuer", String.class).orElse(null);
            case QQ -> config.getOptionalValue(p + "base-url", String.class).orElse("https://graph.qq.com");
            case WEIBO -> config.getOptionalValue(p + "base-url", String.class).orElse("https://api.weibo.com");
        };
        if (address == null) {
            java.util.logging.Logger.getLogger(LoginProviders.class.getName())
                    .warning(() -> "Login provider " + id + " needs " + p + "issuer; it is not offered");
            return Optional.empty();
        }
        return Optional.of(new ProviderSettings(
                id,
                kind.get(),
                config.getOptionalValue(p + "label", String.class).orElse(id),
                clientId.get(),
                config.getOptionalValue(p + "client-secret", String.class).orElse(null),
                address,
                config.getOptionalValue(p + "scopes", String.class).orElse(null)));
    }
}
