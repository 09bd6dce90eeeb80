package org.emporium.chat.entity;

/** An offline message waits until an agent answers it by e-mail or SMS. */
public enum TicketStatus {
    OPEN,
    ANSWERED
}
