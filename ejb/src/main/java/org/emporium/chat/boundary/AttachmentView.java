package org.emporium.chat.boundary;

import org.emporium.chat.entity.Attachment;

/** An image sent in a conversation, as a servlet serves it. */
public record AttachmentView(String contentType, String fileName, byte[] bytes) {

    static AttachmentView of(Attachment a) {
        return new AttachmentView(a.getContentType(), a.getFileName(), a.getBytes());
    }
}
