package org.emporium.inventory.control;

import jakarta.json.JsonArrayBuilder;
import java.util.Collection;
import java.util.TreeSet;
import org.emporium.platform.events.DomainEvent;
import org.emporium.platform.json.Jsons;

/**
 * The event the inventory publishes when what can be sold of some SKUs changed (held for an order, released,
 * received, counted): {@code inventory.stock-changed} with {@code skuCodes}. It carries no quantities:
 * a consumer asks the {@code Stock} boundary for the levels as they are when it reads them.
 */
public final class StockEvents {

    public static final String CHANGED = "inventory.stock-changed";
    public static final String AGGREGATE = "stock";

    private StockEvents() {}

    /** {@code reference}: the order ({@code order:<id>}) or the warehouse whose stock moved. */
    public static DomainEvent changed(String reference, Collection<String> skuCodes) {
        JsonArrayBuilder codes = Jsons.createArrayBuilder();
        new TreeSet<>(skuCodes).forEach(codes::add);
        String id = reference.length() > 60 ? reference.substring(0, 60) : reference;
        return DomainEvent.now(
                CHANGED,
                AGGREGATE,
                id,
                Jsons.createObjectBuilder().add("skuCodes", codes).build().toString());
    }
}
