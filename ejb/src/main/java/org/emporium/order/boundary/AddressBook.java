package org.emporium.order.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.emporium.order.control.CheckoutRules;
import org.emporium.order.entity.DeliveryAddress;
import org.emporium.order.entity.SavedAddress;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * A signed-in shopper's address book ({@code customer:<id>} owners only): add, edit, delete, and one default,
 * which checkout offers first. An address is held to the rules an order's address is (recipient, phone, one of
 * China's regions, street, postcode). Every read and change names the owner with the id, so an id of someone
 * else's address finds nothing and changes nothing.
 */
@Stateless
public class AddressBook {

    public static final int MAX_ENTRIES = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    CheckoutRules rules;

    /** One saved address, as pages show it. */
    public record Entry(long id, DeliveryAddress address, boolean preferred) implements Serializable {}

    /** The owner's addresses, the default first, then the newest. */
    public List<Entry> entries(String owner) {
        requireMember(owner);
        return em.createQuery(
                        "SELECT a FROM SavedAddress a WHERE a.owner = :o ORDER BY a.preferred DESC, a.id DESC",
                        SavedAddress.class)
                .setParameter("o", owner)
                .getResultStream()
                .map(AddressBook::entry)
                .toList();
    }

    public Optional<Entry> entry(String owner, long id) {
        return find(owner, id).map(AddressBook::entry);
    }

    /** Saves an address; the first one, or one asked to be, becomes the default. Returns its id. */
    public long add(String owner, DeliveryAddress address, boolean makeDefault) {
        requireMember(owner);
        DeliveryAddress checked = valid(address);
        long count = em.createQuery("SELECT COUNT(a) FROM SavedAddress a WHERE a.owner = :o", Long.class)
                .setParameter("o", owner)
                .getSingleResult();
        if (count >= MAX_ENTRIES) {
            throw new BusinessRuleViolation("address.book.full", MAX_ENTRIES);
        }
        SavedAddress saved = new SavedAddress(owner, checked, OffsetDateTime.now(ZoneOffset.UTC));
        em.persist(saved);
        em.flush();
        if (makeDefault || count == 0) {
            makeDefault(owner, saved.getId());
        }
        return saved.getId();
    }

    /** Keeps an address used at checkout, unless the book holds the same one already. */
    public void keep(String owner, DeliveryAddress address) {
        DeliveryAddress checked = valid(address);
        boolean known = entries(owner).stream().anyMatch(e -> e.address().equals(checked));
        if (!known) {
            add(owner, checked, false);
        }
    }

    public void update(String owner, long id, DeliveryAddress address) {
        DeliveryAddress checked = valid(address);
        mine(owner, id).replace(checked);
    }

    /** Deletes an address; when it was the default, the newest remaining one becomes it. */
    public void delete(String owner, long id) {
        SavedAddress gone = mine(owner, id);
        boolean wasDefault = gone.isPreferred();
        em.remove(gone);
        em.flush();
        if (wasDefault) {
            em.createQuery("SELECT a FROM SavedAddress a WHERE a.owner = :o ORDER BY a.id DESC", SavedAddress.class)
                    .setParameter("o", owner)
                    .setMaxResults(1)
                    .getResultStream()
                    .findFirst()
                    .ifPresent(a -> a.setPreferred(true));
        }
    }

    public void makeDefault(String owner, long id) {
        SavedAddress chosen = mine(owner, id);
        em.createQuery("SELECT a FROM SavedAddress a WHERE a.owner = :o AND a.preferred = TRUE", SavedAddress.class)
                .setParameter("o", owner)
                .getResultList()
                .forEach(a -> a.setPreferred(false));
        chosen.setPreferred(true);
    }

    private DeliveryAddress valid(DeliveryAddress address) {
        if (address == null) {
            throw new BusinessRuleViolation("order.address.recipient");
        }
        DeliveryAddress checked = address.checked();
        rules.resolve(checked);
        return checked;
    }

    private SavedAddress mine(String owner, long id) {
        return find(owner, id).orElseThrow(() -> new BusinessRuleViolation("address.unknown"));
    }

    private Optional<SavedAddress> find(String owner, long id) {
        requireMember(owner);
        return em.createQuery("SELECT a FROM SavedAddress a WHERE a.id = :id AND a.owner = :o", SavedAddress.class)
                .setParameter("id", id)
                .setParameter("o", owner)
                .getResultStream()
                .findFirst();
    }

    /** Guests have no address book: only a signed-in shopper's owner name is taken. */
    private static void requireMember(String owner) {
        if (owner == null || !owner.matches("^customer:\\d+$")) {
            throw new BusinessRuleViolation("address.book.members");
        }
    }

    private static Entry entry(SavedAddress a) {
        return new Entry(a.getId(), a.address(), a.isPreferred());
    }
}
