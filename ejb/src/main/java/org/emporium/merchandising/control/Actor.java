package org.emporium.merchandising.control;

import jakarta.ejb.SessionContext;

/** Who made a change, for the audit log: the signed-in staff member, or "system". */
public final class Actor {

    private Actor() {}

    public static String of(SessionContext session) {
        return session == null
                        || session.getCallerPrincipal() == null
                        || "ANONYMOUS"
                                .equalsIgnoreCase(session.getCallerPrincipal().getName())
                ? "system"
                : session.getCallerPrincipal().getName();
    }
}
