package org.emporium.chat.boundary;

import java.time.OffsetDateTime;

/** A page on a visitor's path and how long they stayed on it (so far, for the page they are on). */
public record PathStep(String url, String title, OffsetDateTime enteredAt, long dwellSeconds, boolean current) {}
