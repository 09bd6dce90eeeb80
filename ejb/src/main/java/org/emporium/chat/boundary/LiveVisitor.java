package org.emporium.chat.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import org.emporium.order.boundary.OrderSummary;

/**
 * A visitor on the site now, as agents see them: where they came from, their device, their path, and (in the
 * visitor panel, when the browser is known to the shop) the orders it placed lately, and the shopper's account
 * when they are signed in.
 */
public record LiveVisitor(
        long id,
        String label,
        String currentUrl,
        String currentTitle,
        String referrer,
        String searchTerms,
        String utmSource,
        String utmMedium,
        String utmCampaign,
        String device,
        String location,
        OffsetDateTime firstSeenAt,
        OffsetDateTime lastSeenAt,
        int pageViews,
        List<PathStep> path,
        List<OrderSummary> orders,
        Shopper shopper) {

    /** The shop account a visitor is signed in to: its id, name, and phone with the middle digits hidden. */
    public record Shopper(long accountId, String displayName, String phone) {}

    /** The same visitor with their recent orders. */
    public LiveVisitor withOrders(List<OrderSummary> recent) {
        return withShop(recent, shopper);
    }

    /** The same visitor with their recent orders and the account they are signed in to (null for none). */
    public LiveVisitor withShop(List<OrderSummary> recent, Shopper account) {
        return new LiveVisitor(
                id,
                label,
                currentUrl,
                currentTitle,
                referrer,
                searchTerms,
                utmSource,
                utmMedium,
                utmCampaign,
                device,
                location,
                firstSeenAt,
                lastSeenAt,
                pageViews,
                path,
                List.copyOf(recent),
                account);
    }
}
