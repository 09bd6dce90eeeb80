package org.emporium.chat.boundary;

import java.time.OffsetDateTime;

/** An offline message waiting for an answer: by e-mail when the visitor left an address, else by SMS. */
public record TicketView(long id, String name, String email, String phone, String text, OffsetDateTime createdAt) {}
