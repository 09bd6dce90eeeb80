package org.emporium.payment.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.emporium.payment.control.InternalAccounts;
import org.emporium.payment.control.Journal;
import org.emporium.payment.control.PaymentEvents;
import org.emporium.payment.entity.EntryKind;
import org.emporium.payment.entity.GiftCard;
import org.emporium.payment.entity.GiftCardBatch;
import org.emporium.payment.entity.JournalEntry;
import org.emporium.payment.entity.Subject;
import org.emporium.platform.events.DomainEvents;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.platform.money.Money;

/**
 * Gift cards: finance issues them in batches (random codes, one face value and expiry per batch) and
 * activates them when sold, which books their value as owed to whoever holds them; shoppers look up a card's
 * balance and bind a card to their account.
 */
@Stateless
public class GiftCards {

    /** Code characters: digits and upper-case letters without the ones people confuse (0/O, 1/I/L). */
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    static final int CODE_LENGTH = 16;

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    InternalAccounts accounts;

    @Inject
    Journal journal;

    @Inject
    DomainEvents events;

    @Resource
    SessionContext session;

    /** Issues a batch of cards, not yet active; returns the batch, whose cards {@link #codes} lists. */
    @RolesAllowed(Accounts.FINANCE)
    public GiftCardBatch issue(int count, Money faceValue, OffsetDateTime expiresAt) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        GiftCardBatch batch = new GiftCardBatch(
                faceValue, count, expiresAt, session.getCallerPrincipal().getName(), now);
        em.persist(batch);
        batch.assignNumber();
        em.flush(); // the cards refer to the batch by its id only: the batch's row must come first
        Set<String> codes = new HashSet<>();
        while (codes.size() < count) {
            codes.add(newCode());
        }
        for (String code : codes) {
            em.persist(new GiftCard(batch, code));
        }
        events.record(PaymentEvents.giftCardsIssued(
                batch.getBatchNumber(), count, faceValue.toString(), batch.getIssuedBy()));
        return batch;
    }

    /** The codes of a batch's cards, for printing. */
    @RolesAllowed(Accounts.FINANCE)
    public List<String> codes(long batchId) {
        return em.createQuery("SELECT g.code FROM GiftCard g WHERE g.batchId = :b ORDER BY g.id", String.class)
                .setParameter("b", batchId)
                .getResultList();
    }

    @RolesAllowed(Accounts.FINANCE)
    public List<GiftCardBatch> batches(int max) {
        return em.createQuery("SELECT b FROM GiftCardBatch b ORDER BY b.issuedAt DESC", GiftCardBatch.class)
                .setMaxResults(max)
                .getResultList();
    }

    /** The card is sold: it becomes active, and its face value is booked as owed to its holder. */
    @RolesAllowed(Accounts.FINANCE)
    public GiftCardView activate(String code) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        GiftCard card = accounts.lockedGiftCard(code);
        card.activate(now);
        journal.post(JournalEntry.of(
                        EntryKind.ACTIVATE,
                        card.getCurrency(),
                        session.getCallerPrincipal().getName(),
                        now)
                .move(Subject.CASH, "gift-card-sales", Subject.GIFT_CARD, card.getCode(), card.getBalance())
                .memo("gift card " + card.masked() + " sold"));
        events.record(PaymentEvents.giftCardActivated(
                String.valueOf(card.getBatchId()),
                card.masked(),
                session.getCallerPrincipal().getName()));
        return view(card);
    }

    /** A card as its holder may see it (balance enquiry); an unknown code is refused. */
    public GiftCardView card(String code) {
        return accounts.giftCard(code)
                .map(GiftCards::view)
                .orElseThrow(() -> new BusinessRuleViolation("payment.giftCard.unknown"));
    }

    /** The cards bound to a shopper's account. */
    public List<GiftCardView> cardsOf(String owner) {
        return em
                .createQuery("SELECT g FROM GiftCard g WHERE g.owner = :o ORDER BY g.expiresAt", GiftCard.class)
                .setParameter("o", owner)
                .getResultList()
                .stream()
                .map(GiftCards::view)
                .toList();
    }

    /** Binds an active card to the shopper's account: from then on it pays only for them. */
    public GiftCardView bind(String code, String owner) {
        GiftCard card = accounts.lockedGiftCard(code);
        card.bindTo(owner, OffsetDateTime.now(ZoneOffset.UTC));
        return view(card);
    }

    static GiftCardView view(GiftCard card) {
        return new GiftCardView(
                card.masked(),
                card.getCurrency(),
                card.getFaceValue(),
                card.available().amount(),
                card.getStatus().name(),
                card.getExpiresAt(),
                card.getOwner() != null);
    }

    static String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
