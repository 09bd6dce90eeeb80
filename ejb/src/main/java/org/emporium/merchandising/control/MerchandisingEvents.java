package org.emporium.merchandising.control;

import org.emporium.platform.events.DomainEvent;
import org.emporium.platform.json.Jsons;

/** The event merchandising publishes when staff change what shoppers see: for the audit log and any cache. */
public final class MerchandisingEvents {

    public static final String CHANGED = "merchandising.changed";

    private MerchandisingEvents() {}

    /** aggregate: menu-link, slot, campaign-page, experiment; what: a short description shown in the audit log. */
    public static DomainEvent changed(String aggregate, Object id, String what, String actor) {
        String payload = Jsons.createObjectBuilder()
                .add("slug", what == null ? String.valueOf(id) : what)
                .add("actor", actor == null ? "system" : actor)
                .build()
                .toString();
        return DomainEvent.now(CHANGED, aggregate, id, payload);
    }
}
