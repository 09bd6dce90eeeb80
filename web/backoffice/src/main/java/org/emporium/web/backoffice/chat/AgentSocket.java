package org.emporium.web.backoffice.chat;

import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.io.StringReader;
import java.security.Principal;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.chat.boundary.AgentDesk;
import org.emporium.chat.boundary.ChatHub;
import org.emporium.chat.boundary.ChatSignal;
import org.emporium.chat.boundary.ChatSubscriber;
import org.emporium.chat.boundary.ChatWire;
import org.emporium.chat.entity.AgentStatus;
import org.emporium.chat.entity.ClosingCode;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.platform.json.Jsons;
import org.emporium.web.ui.Messages;

/**
 * The agent console's socket at /admin/chat/agent. web.xml lets only signed-in staff with the {@code agent}
 * role open it (the handshake is an ordinary request of the back office); the agent is the caller of the
 * handshake, never a name the browser sends. Messages in: desk, status, open, visitor, reply, note, read, invite, tag, untag, transfer,
 * close, canned, ticket-answer, colleague, leave. Out: the JSON of {@link ChatWire}.
 */
@ServerEndpoint("/chat/agent")
public class AgentSocket implements ChatSubscriber {

    private static final Logger LOG = Logger.getLogger(AgentSocket.class.getName());

    @Inject
    AgentDesk desk;

    @Inject
    ChatHub hub;

    private Session session;
    private String agent;
    private Locale locale = Locale.ENGLISH;

    @OnOpen
    public void open(Session session) throws IOException {
        this.session = session;
        Principal caller = session.getUserPrincipal();
        if (caller == null) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "login required"));
            return;
        }
        this.agent = caller.getName();
        String lang = session.getRequestParameterMap()
                .getOrDefault("lang", java.util.List.of("en"))
                .get(0);
        locale = lang.toLowerCase(Locale.ROOT).startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        session.setMaxTextMessageBufferSize(16 * 1024);
        session.setMaxIdleTimeout(0);
        hub.subscribe(this);
        sendDesk();
    }

    @Override
    public String agent() {
        return agent;
    }

    @OnMessage
    public void receive(String text) {
        if (agent == null) {
            return;
        }
        JsonObject m;
        try (JsonReader reader = Jsons.createReader(new StringReader(text))) {
            m = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return;
        }
        try {
            switch (m.getString("type", "")) {
                case "desk" -> sendDesk();
                case "status" -> {
                    desk.changeStatus(agent, AgentStatus.valueOf(m.getString("status", "OFFLINE")));
                    sendDesk();
                }
                case "open" -> {
                    long id = m.getJsonNumber("conversationId").longValue();
                    send(ChatWire.conversationDetail(desk.conversation(agent, id), desk.visitorOf(id)));
                }
                case "reply" -> desk.reply(agent, id(m), m.getString("text", ""));
                case "note" -> desk.note(agent, id(m), m.getString("text", ""));
                case "read" -> desk.read(agent, id(m), m.getJsonNumber("upTo").longValue());
                case "tag" -> send(ChatWire.conversationDetail(desk.tag(agent, id(m), m.getString("tag", "")), null));
                case "untag" ->
                    send(ChatWire.conversationDetail(desk.untag(agent, id(m), m.getString("tag", "")), null));
                case "invite" -> {
                    desk.invite(agent, m.getJsonNumber("visitorId").longValue(), m.getString("text", ""));
                    send(ChatWire.done("invite"));
                }
                case "transfer" -> {
                    if (m.containsKey("agent") && !m.getString("agent").isBlank()) {
                        desk.transferToAgent(agent, id(m), m.getString("agent"));
                    } else {
                        desk.transferToDepartment(agent, id(m), m.getString("department", ""));
                    }
                    sendDesk();
                }
                case "colleague" -> desk.bringInColleague(agent, id(m), m.getString("colleague", ""));
                case "leave" -> {
                    desk.leaveConversation(agent, id(m));
                    sendDesk();
                }
                case "close" -> {
                    desk.close(agent, id(m), ClosingCode.valueOf(m.getString("code", "RESOLVED")));
                    sendDesk();
                }
                case "canned" -> {
                    desk.saveCannedAnswer(
                            agent, m.getString("shortcut", ""), m.getString("text", ""), m.getBoolean("shared", false));
                    sendDesk();
                }
                case "ticket-answer" -> {
                    desk.answerTicket(agent, m.getJsonNumber("ticketId").longValue(), m.getString("text", ""));
                    send(ChatWire.done("ticket-answer"));
                }
                default -> LOG.fine(() -> "Unknown agent message " + m.getString("type", ""));
            }
        } catch (BusinessRuleViolation broken) {
            refuse(broken);
        } catch (IllegalArgumentException | NullPointerException | ClassCastException malformed) {
            send(ChatWire.error("chat.failed", null));
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            if (cause instanceof BusinessRuleViolation broken) {
                refuse(broken);
            } else {
                LOG.log(Level.WARNING, "Agent chat message failed", e);
                send(ChatWire.error("chat.failed", null));
            }
        }
    }

    private void refuse(BusinessRuleViolation broken) {
        send(ChatWire.error(
                broken.messageKey(), Messages.text(Messages.RULES, locale, broken.messageKey(), broken.arguments())));
    }

    private static long id(JsonObject m) {
        return m.getJsonNumber("conversationId").longValue();
    }

    private void sendDesk() {
        send(ChatWire.desk(desk.desk(agent, agent)));
    }

    @Override
    public void deliver(ChatSignal signal) {
        if (agent != null && signal.forAgent(agent)) {
            send(signal.json());
        }
    }

    /** The last console of an agent closed: they are offline, so no visitor waits for a reply from no one. */
    @OnClose
    public void close(Session session, CloseReason reason) {
        hub.unsubscribe(this);
        if (agent != null && hub.socketsOf(agent) == 0) {
            try {
                desk.changeStatus(agent, AgentStatus.OFFLINE);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Could not set the agent offline", e);
            }
        }
    }

    @OnError
    public void error(Session session, Throwable failure) {
        LOG.log(Level.FINE, "Agent chat socket failed", failure);
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
                LOG.log(Level.FINE, "Could not send to an agent", e);
            }
        }
    }
}
