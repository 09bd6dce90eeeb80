package org.emporium.chat.control;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.emporium.chat.entity.Author;
import org.emporium.chat.entity.Message;

/**
 * A conversation as plain text for the visitor's mail: what the visitor and the agents said, each line with the
 * shop's local time and the writer's name. Agents' notes and the system's markers (joined, transferred) stay out.
 */
public final class Transcripts {

    public static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Transcripts() {}

    /** The lines the visitor may read, oldest first; empty when nobody said anything. */
    public static List<Message> said(List<Message> messages) {
        return messages.stream()
                .filter(m ->
                        m.getAuthor() == Author.VISITOR || m.getAuthor() == Author.AGENT || m.getAuthor() == Author.BOT)
                .toList();
    }

    public static String plainText(List<Message> messages) {
        return said(messages).stream()
                .map(m -> time(m.getSentAt()) + "  " + m.getAuthorName() + ": " + m.getBody())
                .collect(Collectors.joining("\n"));
    }

    public static String time(OffsetDateTime at) {
        return TIME.format(at.atZoneSameInstant(SHOP_ZONE));
    }
}
