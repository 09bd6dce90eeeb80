package org.emporium.chat.boundary;

import java.time.OffsetDateTime;
import org.emporium.chat.entity.Author;
import org.emporium.chat.entity.Message;

/**
 * One message as a socket shows it (as text: the page escapes it); {@code attachmentId} names the image it
 * carries, if any.
 */
public record MessageView(
        long id, long conversationId, Author author, String name, String text, OffsetDateTime at, Long attachmentId) {

    public static MessageView of(Message m) {
        return new MessageView(
                m.getId(),
                m.getConversationId(),
                m.getAuthor(),
                m.getAuthorName(),
                m.getBody(),
                m.getSentAt(),
                m.getAttachmentId());
    }
}
