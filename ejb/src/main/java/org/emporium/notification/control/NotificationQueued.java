package org.emporium.notification.control;

/** Fired in the requester's transaction; observed after commit to relay without waiting for the sweep. */
public record NotificationQueued(long notificationId) {}
