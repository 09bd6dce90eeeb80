package org.emporium.chat.boundary;

/** Who a widget speaks for: the visitor, and the token the browser keeps to be recognised on the next page. */
public record VisitorSession(long visitorId, String token, String label, String siteKey) {}
