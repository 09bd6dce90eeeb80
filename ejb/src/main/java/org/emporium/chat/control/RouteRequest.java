package org.emporium.chat.control;

/** Something changed that may let a waiting conversation be assigned; fired inside the change's transaction. */
public record RouteRequest(String reason) {}
