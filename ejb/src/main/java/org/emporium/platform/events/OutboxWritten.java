package org.emporium.platform.events;

import java.util.UUID;

/** Fired inside the business transaction; observed after commit to relay without waiting for the next sweep. */
public record OutboxWritten(UUID eventId) {}
