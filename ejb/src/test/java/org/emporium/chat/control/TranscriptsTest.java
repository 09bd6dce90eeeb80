package org.emporium.chat.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.emporium.chat.entity.Author;
import org.emporium.chat.entity.Message;
import org.junit.jupiter.api.Test;

class TranscriptsTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 5, 23, 30, 0, 0, ZoneOffset.UTC);

    @Test
    void the_visitor_reads_what_was_said_in_shop_time_never_notes_or_system_markers() {
        List<Message> messages = List.of(
                new Message(1L, Author.VISITOR, "Li Lei #1A2B", "Is it cotton?", AT),
                new Message(1L, Author.SYSTEM, "Alice", "joined", AT.plusSeconds(5)),
                new Message(1L, Author.NOTE, "Alice", "Asked before", AT.plusSeconds(10)),
                new Message(1L, Author.AGENT, "Alice", "Yes, all cotton.", AT.plusMinutes(1)));

        assertThat(Transcripts.plainText(messages))
                .isEqualTo("2026-12-06 07:30  Li Lei #1A2B: Is it cotton?\n2026-12-06 07:31  Alice: Yes, all cotton.");
        assertThat(Transcripts.said(List.of(new Message(1L, Author.NOTE, "Alice", "x", AT))))
                .isEmpty();
    }
}
