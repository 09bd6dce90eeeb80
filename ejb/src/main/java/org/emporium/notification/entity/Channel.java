package org.emporium.notification.entity;

/** How a notification reaches its recipient, and the queue that carries it. */
public enum Channel {
    EMAIL,
    SMS
}
