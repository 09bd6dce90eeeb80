package org.emporium.chat.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.function.Function;
import org.emporium.order.boundary.OrderSummary;
import org.emporium.platform.json.Jsons;

/**
 * The chat's wire format: every message on a visitor's or an agent's socket is a JSON object with a
 * {@code type}. Texts travel as JSON strings; the widget and the console put them into the page as text,
 * never as markup.
 */
public final class ChatWire {

    private ChatWire() {}

    public static String welcome(VisitorSession session, ConversationView conversation, boolean agentsPresent) {
        return welcome(session, conversation, agentsPresent, null);
    }

    /** The same, with the site's pre-chat question (asked before a new conversation; null when none). */
    public static String welcome(
            VisitorSession session, ConversationView conversation, boolean agentsPresent, String prechat) {
        JsonObjectBuilder json = Jsons.createObjectBuilder()
                .add("type", "welcome")
                .add("token", session.token())
                .add("label", session.label())
                .add("agentsPresent", agentsPresent);
        if (conversation != null) {
            json.add("conversation", conversation(conversation));
        }
        optional(json, "prechat", prechat);
        return json.build().toString();
    }

    public static String conversationSignal(ConversationView conversation) {
        return Jsons.createObjectBuilder()
                .add("type", "conversation")
                .add("conversation", conversation(conversation))
                .build()
                .toString();
    }

    public static String messageSignal(MessageView message) {
        return Jsons.createObjectBuilder()
                .add("type", "message")
                .add("message", message(message))
                .build()
                .toString();
    }

    public static String typingSignal(long conversationId, long visitorId, String text) {
        return Jsons.createObjectBuilder()
                .add("type", "typing")
                .add("conversationId", conversationId)
                .add("visitorId", visitorId)
                .add("text", text == null ? "" : text)
                .build()
                .toString();
    }

    /** An agent invites the visitor to chat: their name and first line. */
    public static String inviteSignal(String agentName, String text) {
        return Jsons.createObjectBuilder()
                .add("type", "invite")
                .add("agentName", agentName)
                .add("text", text)
                .build()
                .toString();
    }

    /** Who read ({@code visitor} or {@code agent}) a conversation's messages up to which id. */
    public static String readSignal(long conversationId, String reader, long upTo) {
        return Jsons.createObjectBuilder()
                .add("type", "read")
                .add("conversationId", conversationId)
                .add("reader", reader)
                .add("upTo", upTo)
                .build()
                .toString();
    }

    public static String queueSignal(long conversationId, int position) {
        return Jsons.createObjectBuilder()
                .add("type", "queue")
                .add("conversationId", conversationId)
                .add("position", position)
                .build()
                .toString();
    }

    /** Tells consoles that what they show (queue, visitors, tickets, conversations) changed: they ask again. */
    public static String refreshSignal(String what) {
        return Jsons.createObjectBuilder()
                .add("type", "refresh")
                .add("what", what)
                .build()
                .toString();
    }

    public static String done(String what) {
        return Jsons.createObjectBuilder()
                .add("type", "done")
                .add("what", what)
                .build()
                .toString();
    }

    public static String error(String messageKey, String text) {
        return Jsons.createObjectBuilder()
                .add("type", "error")
                .add("key", messageKey)
                .add("text", text == null ? messageKey : text)
                .build()
                .toString();
    }

    public static String desk(Desk desk) {
        return Jsons.createObjectBuilder()
                .add("type", "desk")
                .add("me", agent(desk.me()))
                .add("queue", array(desk.queue(), ChatWire::queueEntry))
                .add("mine", array(desk.mine(), ChatWire::conversation))
                .add("visitors", array(desk.visitors(), ChatWire::visitor))
                .add("canned", array(desk.canned(), ChatWire::canned))
                .add("tickets", array(desk.tickets(), ChatWire::ticket))
                .add("agents", array(desk.agents(), ChatWire::agent))
                .add("departments", strings(desk.departments()))
                .build()
                .toString();
    }

    public static String conversationDetail(ConversationView conversation, LiveVisitor visitor) {
        JsonObjectBuilder json =
                Jsons.createObjectBuilder().add("type", "detail").add("conversation", conversation(conversation));
        if (visitor != null) {
            json.add("visitor", visitor(visitor));
        }
        return json.build().toString();
    }

    static JsonObject conversation(ConversationView c) {
        JsonObjectBuilder json = Jsons.createObjectBuilder()
                .add("id", c.id())
                .add("status", c.status().name())
                .add("visitorId", c.visitorId())
                .add("visitorLabel", c.visitorLabel())
                .add("startedAt", time(c.startedAt()))
                .add("messages", array(c.messages(), ChatWire::message));
        optional(json, "position", c.position());
        optional(json, "agent", c.agent());
        optional(json, "agentName", c.agentName());
        optional(json, "department", c.department());
        optional(json, "rating", c.rating());
        json.add("tags", strings(c.tags()));
        json.add("colleagues", strings(c.colleagues()));
        optional(json, "visitorReadUpTo", c.visitorReadUpTo());
        optional(json, "agentReadUpTo", c.agentReadUpTo());
        return json.build();
    }

    static JsonObject message(MessageView m) {
        JsonObjectBuilder json = Jsons.createObjectBuilder()
                .add("id", m.id())
                .add("conversationId", m.conversationId())
                .add("author", m.author().name())
                .add("name", m.name() == null ? "" : m.name())
                .add("text", m.text())
                .add("at", time(m.at()));
        if (m.attachmentId() != null) {
            json.add("attachment", m.attachmentId());
        }
        return json.build();
    }

    static JsonObject queueEntry(QueueEntry q) {
        JsonObjectBuilder json = Jsons.createObjectBuilder()
                .add("conversationId", q.conversationId())
                .add("visitorId", q.visitorId())
                .add("visitorLabel", q.visitorLabel())
                .add("queuedAt", time(q.queuedAt()))
                .add("position", q.position());
        optional(json, "department", q.department());
        optional(json, "firstWords", q.firstWords());
        return json.build();
    }

    static JsonObject visitor(LiveVisitor v) {
        JsonObjectBuilder json = Jsons.createObjectBuilder()
                .add("id", v.id())
                .add("label", v.label())
                .add("firstSeenAt", time(v.firstSeenAt()))
                .add("lastSeenAt", time(v.lastSeenAt()))
                .add("pageViews", v.pageViews())
                .add("path", array(v.path(), ChatWire::step))
                .add("orders", array(v.orders(), ChatWire::order));
        optional(json, "currentUrl", v.currentUrl());
        optional(json, "currentTitle", v.currentTitle());
        optional(json, "referrer", v.referrer());
        optional(json, "searchTerms", v.searchTerms());
        optional(json, "utmSource", v.utmSource());
        optional(json, "utmMedium", v.utmMedium());
        optional(json, "utmCampaign", v.utmCampaign());
        optional(json, "device", v.device());
        optional(json, "location", v.location());
        if (v.shopper() != null) {
            JsonObjectBuilder shopper = Jsons.createObjectBuilder()
                    .add("accountId", v.shopper().accountId())
                    .add("name", v.shopper().displayName());
            optional(shopper, "phone", v.shopper().phone());
            json.add("shopper", shopper);
        }
        return json.build();
    }

    static JsonObject order(OrderSummary o) {
        return Jsons.createObjectBuilder()
                .add("number", o.number())
                .add("status", o.status())
                .add("payable", o.payable().toPlainString())
                .add("currency", o.currency())
                .add("items", o.items())
                .add("placedAt", time(o.placedAt()))
                .build();
    }

    static JsonObject step(PathStep s) {
        JsonObjectBuilder json = Jsons.createObjectBuilder()
                .add("url", s.url())
                .add("enteredAt", time(s.enteredAt()))
                .add("dwellSeconds", s.dwellSeconds())
                .add("current", s.current());
        optional(json, "title", s.title());
        return json.build();
    }

    static JsonObject agent(AgentView a) {
        return Jsons.createObjectBuilder()
                .add("username", a.username())
                .add("displayName", a.displayName())
                .add("status", a.status().name())
                .add("capacity", a.capacity())
                .add("active", a.active())
                .add("departments", strings(a.departments()))
                .build();
    }

    static JsonObject canned(CannedView c) {
        return Jsons.createObjectBuilder()
                .add("id", c.id())
                .add("shortcut", c.shortcut())
                .add("text", c.text())
                .add("shared", c.shared())
                .build();
    }

    static JsonObject ticket(TicketView t) {
        return Jsons.createObjectBuilder()
                .add("id", t.id())
                .add("name", t.name())
                .add("contact", t.email() != null ? t.email() : t.phone())
                .add("channel", t.email() != null ? "EMAIL" : "SMS")
                .add("text", t.text())
                .add("createdAt", time(t.createdAt()))
                .build();
    }

    private static <T> JsonArrayBuilder array(Collection<T> items, Function<T, JsonObject> each) {
        JsonArrayBuilder array = Jsons.createArrayBuilder();
        items.forEach(i -> array.add(each.apply(i)));
        return array;
    }

    private static JsonArrayBuilder strings(Collection<String> items) {
        JsonArrayBuilder array = Jsons.createArrayBuilder();
        items.forEach(array::add);
        return array;
    }

    private static void optional(JsonObjectBuilder json, String name, Object value) {
        if (value instanceof Integer i) {
            json.add(name, i);
        } else if (value instanceof Long l) {
            json.add(name, l);
        } else if (value != null) {
            json.add(name, value.toString());
        }
    }

    private static String time(OffsetDateTime at) {
        return at == null ? "" : at.toInstant().toString();
    }
}
