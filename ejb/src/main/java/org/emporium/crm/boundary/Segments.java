package org.emporium.crm.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.emporium.customer.boundary.Customers;
import org.emporium.order.boundary.BuyerHistory;
import org.emporium.order.boundary.Orders;

/**
 * The members of a segment, read from the shoppers' accounts (customer) and what they bought (order), a page of
 * accounts at a time in id order, so a job can walk a segment of any size and resume after the last id.
 */
@Stateless
public class Segments {

    /** Accounts looked at per query when counting. */
    static final int COUNT_PAGE = 1000;

    @Inject
    Customers customers;

    @Inject
    Orders orders;

    /** A member: the account, the buyer id their orders and coupons carry, and how to reach them. */
    public record Member(long customerId, String buyer, String phone, String email, String locale)
            implements Serializable {}

    /**
     * The members among the next accounts after {@code afterId}; {@code lastScanned} is the last account looked
     * at (resume after it) and {@code end} says no account is left.
     */
    public record Page(List<Member> members, long lastScanned, boolean end) implements Serializable {}

    /** The members among the {@code max} active accounts after {@code afterId} (that the window and phones admit). */
    public Page page(Segment segment, long afterId, int max) {
        List<Customers.Registered> accounts =
                customers.registered(afterId, max, segment.from(), segment.until(), segment.phones());
        Map<String, BuyerHistory> bought =
                orders.histories(accounts.stream().map(a -> buyer(a.id())).toList());
        Instant now = Instant.now();
        List<Member> members = new ArrayList<>();
        for (Customers.Registered a : accounts) {
            BuyerHistory h = bought.get(buyer(a.id()));
            Segment.Facts facts = new Segment.Facts(
                    a.registeredAt(), a.phone(), h == null ? null : h.lastOrderedAt(), h == null ? null : h.spent());
            if (segment.matches(facts, now)) {
                members.add(new Member(a.id(), buyer(a.id()), a.phone(), a.email(), a.locale()));
            }
        }
        long last =
                accounts.isEmpty() ? afterId : accounts.get(accounts.size() - 1).id();
        return new Page(members, last, accounts.size() < max);
    }

    /** How many shoppers are members now: the preview before coupons are issued to them. */
    public long count(Segment segment) {
        long count = 0;
        long after = 0;
        Page page;
        do {
            page = page(segment, after, COUNT_PAGE);
            count += page.members().size();
            after = page.lastScanned();
        } while (!page.end());
        return count;
    }

    /** The buyer id a signed-in shopper's orders and coupons carry. */
    public static String buyer(long customerId) {
        return "customer:" + customerId;
    }
}
