package org.emporium.notification.entity;

/**
 * Why a message is sent. Transactional messages (a password reset, a shipment) go to anyone who asked for
 * the service; marketing messages only to recipients who opted in and have not unsubscribed.
 */
public enum Purpose {
    TRANSACTIONAL,
    MARKETING
}
