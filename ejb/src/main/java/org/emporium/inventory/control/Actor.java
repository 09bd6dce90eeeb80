package org.emporium.inventory.control;

import jakarta.ejb.SessionContext;

/** Who changed stock, for the movement log: the signed-in staff member, or "system" for shoppers' orders and timers. */
public final class Actor {

    private Actor() {}

    public static String of(SessionContext session) {
        if (session == null || session.getCallerPrincipal() == null) {
            return "system";
        }
        String name = session.getCallerPrincipal().getName();
        return name == null || "ANONYMOUS".equalsIgnoreCase(name) ? "system" : name;
    }
}
