package org.emporium.web.storefront.chat;

import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.websocket.CloseReason;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpoint;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.chat.boundary.ChatHub;
import org.emporium.chat.boundary.ChatSignal;
import org.emporium.chat.boundary.ChatSubscriber;
import org.emporium.chat.boundary.ChatWire;
import org.emporium.chat.boundary.Conversations;
import org.emporium.chat.boundary.ProactiveInvitations;
import org.emporium.chat.boundary.VisitorSession;
import org.emporium.chat.boundary.Visitors;
import org.emporium.chat.entity.Source;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.platform.json.Jsons;
import org.emporium.web.storefront.account.SignedIn;
import org.emporium.web.storefront.cart.CartCookie;
import org.emporium.web.storefront.merchandising.Visitor;
import org.emporium.web.ui.Messages;
import org.emporium.web.ui.Throttle;

/**
 * The widget's socket. The first message ({@code hello}) names the site and the visitor's token; every
 * later one acts for that visitor only, so a visitor can reach no conversation but their own. Messages
 * in: hello, prechat, say, typing, read, ping, leave, end, person, offline, transcript. Out: the JSON of {@link ChatWire}.
 */
@ServerEndpoint(value = "/chat/socket", configurator = VisitorSocket.ShopCookie.class)
public class VisitorSocket implements ChatSubscriber {

    /**
     * Keeps the shop's anonymous visitor id from the handshake's cookies (present when the widget runs on the
     * shop's own pages), so agents see that browser's orders. The cookie is HttpOnly: page scripts never see it.
     */
    public static class ShopCookie extends ServerEndpointConfig.Configurator {

        static final String SHOP_VISITOR = "emporium.shopVisitor";
        static final String CART_OWNER = "emporium.cartOwner";
        static final String FORWARDED_FOR = "emporium.forwardedFor";
        static final String SHOPPER = "emporium.shopper";

        @Override
        public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
            shopVisitorId(request.getHeaders().get("Cookie"))
                    .ifPresent(id -> config.getUserProperties().put(SHOP_VISITOR, id));
            cartOwner(request.getHeaders().get("Cookie"))
                    .ifPresent(owner -> config.getUserProperties().put(CART_OWNER, owner));
            if (request.getHttpSession() instanceof jakarta.servlet.http.HttpSession session) {
                SignedIn.of(session)
                        .ifPresent(shopper -> config.getUserProperties().put(SHOPPER, shopper.accountId()));
            }
            List<String> forwarded = request.getHeaders().get("X-Forwarded-For");
            if (forwarded != null && !forwarded.isEmpty()) {
                config.getUserProperties().put(FORWARDED_FOR, forwarded.get(0));
            }
        }

        /**
         * The visitor's address: the connection's own, or, when the connection comes from a proxy on this host or
         * the local network, the first address of the proxy's {@code X-Forwarded-For} (the one the visitor had).
         */
        static String clientAddress(String connection, String forwardedFor) {
            if (forwardedFor != null && !forwardedFor.isBlank() && (connection == null || viaProxy(connection))) {
                return forwardedFor.split(",")[0].strip();
            }
            return connection;
        }

        private static boolean viaProxy(String connection) {
            try {
                java.net.InetAddress a = java.net.InetAddress.getByName(connection);
                return a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress();
            } catch (java.net.UnknownHostException e) {
                return false;
            }
        }

        /** The owner of the browser's cart in the shop, from its cart cookie, if it has one. */
        static java.util.Optional<String> cartOwner(List<String> cookieHeaders) {
            if (cookieHeaders == null) {
                return java.util.Optional.empty();
            }
            return cookieHeaders.stream()
                    .flatMap(h -> java.util.Arrays.stream(h.split(";")))
                    .map(String::strip)
                    .filter(c -> c.startsWith(CartCookie.COOKIE + "="))
                    .map(c -> c.substring(CartCookie.COOKIE.length() + 1))
                    .map(CartCookie::ownerOfToken)
                    .flatMap(java.util.Optional::stream)
                    .findFirst();
        }

        /** The shop visitor id among the Cookie headers' values, if any. */
        static java.util.Optional<String> shopVisitorId(List<String> cookieHeaders) {
            if (cookieHeaders == null) {
                return java.util.Optional.empty();
            }
            return cookieHeaders.stream()
                    .flatMap(h -> java.util.Arrays.stream(h.split(";")))
                    .map(String::strip)
                    .filter(c -> c.startsWith(Visitor.COOKIE + "="))
                    .map(c -> c.substring(Visitor.COOKIE.length() + 1))
                    .filter(Visitor::wellFormed)
                    .findFirst();
        }
    }

    private static final Logger LOG = Logger.getLogger(VisitorSocket.class.getName());
    private static final int MAX_TEXT = 16 * 1024;

    @Inject
    Visitors visitors;

    @Inject
    Conversations conversations;

    @Inject
    ChatHub hub;

    @Inject
    ProactiveInvitations invitations;

    private Session session;
    private volatile VisitorSession visitor;
    private Locale locale = Locale.ENGLISH;
    private String department;
    private volatile long pageView;

    /** Messages a visitor may send: a few at once, then one a second; typing previews more often. */
    private final Throttle messages = new Throttle(5, 1.0);

    private final Throttle previews = new Throttle(10, 5.0);

    private String shopVisitorId;

    private String cartOwner;

    private String clientAddress;

    /** The shop account signed in on the handshake's session, if any. */
    private Long customerId;

    @OnOpen
    public void open(Session session, EndpointConfig config) {
        this.session = session;
        // Each connection gets its own copy of the handshake's properties (Jakarta WebSocket 2.1); removing the
        // entry also keeps a container that shares one map from handing it to the next connection.
        Object id = config.getUserProperties().remove(ShopCookie.SHOP_VISITOR);
        shopVisitorId = id instanceof String s ? s : null;
        Object owner = config.getUserProperties().remove(ShopCookie.CART_OWNER);
        cartOwner = owner instanceof String s ? s : null;
        Object shopper = config.getUserProperties().remove(ShopCookie.SHOPPER);
        customerId = shopper instanceof Long account ? account : null;
        Object forwarded = config.getUserProperties().remove(ShopCookie.FORWARDED_FOR);
        clientAddress = ShopCookie.clientAddress(connectionAddress(session), forwarded instanceof String f ? f : null);
        session.setMaxTextMessageBufferSize(MAX_TEXT);
        session.setMaxIdleTimeout(120_000);
    }

    @OnMessage
    public void receive(String text) {
        JsonObject message;
        try (JsonReader reader = Jsons.createReader(new StringReader(text))) {
            message = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return;
        }
        String type = message.getString("type", "");
        try {
            if ("hello".equals(type)) {
                hello(message);
                return;
            }
            if (visitor == null) {
                return;
            }
            String token = visitor.token();
            switch (type) {
                case "say" -> {
                    if (messages.allow()) {
                        conversations.say(token, department, message.getString("text", ""));
                    } else {
                        send(ChatWire.error("chat.visitor.too-fast", text("chat.visitor.too-fast")));
                    }
                }
                case "prechat" -> {
                    if (messages.allow()) {
                        conversations.startWith(
                                token, department, message.getString("name", ""), message.getString("text", ""));
                    } else {
                        send(ChatWire.error("chat.visitor.too-fast", text("chat.visitor.too-fast")));
                    }
                }
                case "read" -> {
                    if (previews.allow() && message.get("upTo") instanceof jakarta.json.JsonNumber upTo) {
                        conversations.read(token, upTo.longValue());
                    }
                }
                case "typing" -> {
                    if (previews.allow()) {
                        conversations.typing(token, message.getString("text", ""));
                    }
                }
                case "ping" -> {
                    visitors.stillHere(token);
                    inviteIfTheRulesSay(token);
                }
                case "leave" -> visitors.left(token, pageView);
                case "end" -> conversations.end(token);
                case "person" -> conversations.askForPerson(token);
                case "rate" -> conversations.rate(token, message.getInt("stars", 0));
                case "offline" -> {
                    if (messages.allow()) {
                        conversations.leaveMessage(
                                token,
                                message.getString("name", ""),
                                message.getString("contact", ""),
                                message.getString("text", ""),
                                message.getString("locale", ""));
                        send(ChatWire.done("ticket"));
                    }
                }
                case "transcript" -> {
                    if (messages.allow()) {
                        conversations.emailTranscript(
                                token, message.getString("email", ""), message.getString("locale", ""));
                        send(ChatWire.done("transcript"));
                    }
                }
                default -> LOG.fine(() -> "Unknown chat message " + type);
            }
        } catch (BusinessRuleViolation broken) {
            send(ChatWire.error(broken.messageKey(), text(broken.messageKey(), broken.arguments())));
        } catch (RuntimeException e) {
            Throwable cause = rootCause(e);
            if (cause instanceof BusinessRuleViolation broken) {
                send(ChatWire.error(broken.messageKey(), text(broken.messageKey(), broken.arguments())));
            } else {
                LOG.log(Level.WARNING, "Chat message failed", e);
                send(ChatWire.error("chat.failed", null));
            }
        }
    }

    private void hello(JsonObject message) {
        String lang = message.getString("lang", "en");
        locale = lang.toLowerCase(Locale.ROOT).startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        department = blankToNull(message.getString("department", ""));
        String url = message.getString("url", "");
        VisitorSession identified = visitors.identify(
                message.getString("site", ""),
                message.getString("token", ""),
                Source.of(url, message.getString("referrer", "")),
                message.getString("device", ""),
                null,
                shopVisitorId,
                clientAddress,
                customerId);
        VisitorSession before = visitor;
        if (before != null && before.visitorId() != identified.visitorId()) {
            hub.unsubscribe(this);
        }
        visitor = identified;
        hub.subscribe(this);
        pageView = visitors.viewing(identified.token(), url, message.getString("title", ""));
        send(ChatWire.welcome(
                identified,
                conversations.current(identified.token()).orElse(null),
                conversations.agentsPresent(department),
                visitors.prechatQuestion(identified.siteKey(), locale)));
        inviteIfTheRulesSay(identified.token());
    }

    /**
     * The address the connection comes from. Jakarta WebSocket has no call for it; Payara's sessions (Tyrus) tell it
     * by {@code getRemoteAddr}, and another container's simply leave the place unknown.
     */
    static String connectionAddress(Session session) {
        try {
            Object address = session.getClass().getMethod("getRemoteAddr").invoke(session);
            return address instanceof String a ? a : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** The shop's own invitation rules: a failure there must not trouble the visitor. */
    private void inviteIfTheRulesSay(String token) {
        try {
            invitations.consider(token, cartOwner, locale, department);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not ask the invitation rules", e);
        }
    }

    @Override
    public Long visitorId() {
        VisitorSession me = visitor;
        return me == null ? null : me.visitorId();
    }

    @Override
    public void deliver(ChatSignal signal) {
        VisitorSession me = visitor;
        if (me != null && signal.forVisitor(me.visitorId())) {
            send(signal.json());
        }
    }

    @OnClose
    public void close(Session session, CloseReason reason) {
        hub.unsubscribe(this);
        VisitorSession me = visitor;
        if (me != null) {
            try {
                visitors.left(me.token(), pageView);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Could not end the visitor's page", e);
            }
        }
    }

    @OnError
    public void error(Session session, Throwable failure) {
        LOG.log(Level.FINE, "Visitor chat socket failed", failure);
    }

    private void send(String json) {
        Session s = session;
        if (s == null || !s.isOpen()) {
            return;
        }
        synchronized (this) {
            try {
                s.getBasicRemote().sendText(json);
            } catch (IOException | IllegalStateException e) {
                LOG.log(Level.FINE, "Could not send to a visitor", e);
            }
        }
    }

    private String text(String key, Object... arguments) {
        return Messages.text(Messages.RULES, locale, key, arguments);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
