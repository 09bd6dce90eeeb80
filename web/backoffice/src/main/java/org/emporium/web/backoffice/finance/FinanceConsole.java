package org.emporium.web.backoffice.finance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.emporium.payment.boundary.AccountView;
import org.emporium.payment.boundary.Accounts;
import org.emporium.payment.boundary.GiftCardView;
import org.emporium.payment.boundary.GiftCards;
import org.emporium.payment.boundary.Ledger;
import org.emporium.payment.boundary.Payments;
import org.emporium.payment.entity.GiftCardBatch;
import org.emporium.payment.entity.JournalEntry;
import org.emporium.payment.entity.Payment;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.platform.money.Money;
import org.emporium.web.ui.Messages;

/**
 * {@code finance.xhtml}: issuing gift cards in batches and activating sold ones, adjusting a shopper's balance
 * with a reason (booked to the ledger and written to the audit log), and the newest ledger entries with their
 * lines, exported as CSV by {@link LedgerExport}.
 */
@Named
@ViewScoped
public class FinanceConsole implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String TEXTS = "org.emporium.web.backoffice.i18n.finance";

    @Inject
    GiftCards giftCards;

    @Inject
    Accounts accounts;

    @Inject
    Ledger ledger;

    @Inject
    Payments payments;

    private int cardCount = 10;
    private BigDecimal faceValue = new BigDecimal("100.00");
    private int validDays = 365;
    private String activateCode;
    private String owner;
    private BigDecimal adjustment;
    private String reason;
    private AccountView account;

    public void issue() {
        try {
            GiftCardBatch batch = giftCards.issue(
                    cardCount,
                    new Money(faceValue, Money.CNY),
                    OffsetDateTime.now(ZoneOffset.UTC).plusDays(validDays));
            Messages.info(TEXTS, "finance.issued", batch.getBatchNumber(), batch.getCardCount());
        } catch (BusinessRuleViolation refused) {
            Messages.reject(refused.messageKey(), refused.arguments());
        } catch (IllegalArgumentException | ArithmeticException wrong) {
            Messages.reject("payment.giftCard.faceValue");
        }
    }

    public void activate() {
        try {
            GiftCardView card = giftCards.activate(activateCode);
            Messages.info(TEXTS, "finance.activated", card.maskedCode());
            activateCode = null;
        } catch (BusinessRuleViolation refused) {
            Messages.reject(refused.messageKey(), refused.arguments());
        }
    }

    public void lookUp() {
        account = owner == null || owner.isBlank() ? null : accounts.account(owner.strip());
    }

    public void adjust() {
        try {
            account = accounts.adjust(owner.strip(), adjustment, reason);
            adjustment = null;
            reason = null;
        } catch (BusinessRuleViolation refused) {
            Messages.reject(refused.messageKey(), refused.arguments());
        } catch (IllegalArgumentException | ArithmeticException | NullPointerException wrong) {
            Messages.reject("payment.adjustment.amount");
        }
    }

    public List<GiftCardBatch> getBatches() {
        return giftCards.batches(20);
    }

    public List<Payment> getPayments() {
        return payments.recent(30);
    }

    public List<JournalEntry> getEntries() {
        return ledger.latest(50);
    }

    public boolean isBalanced() {
        return ledger.balances();
    }

    public int getCardCount() {
        return cardCount;
    }

    public void setCardCount(int cardCount) {
        this.cardCount = cardCount;
    }

    public BigDecimal getFaceValue() {
        return faceValue;
    }

    public void setFaceValue(BigDecimal faceValue) {
        this.faceValue = faceValue;
    }

    public int getValidDays() {
        return validDays;
    }

    public void setValidDays(int validDays) {
        this.validDays = validDays;
    }

    public String getActivateCode() {
        return activateCode;
    }

    public void setActivateCode(String activateCode) {
        this.activateCode = activateCode;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public BigDecimal getAdjustment() {
        return adjustment;
    }

    public void setAdjustment(BigDecimal adjustment) {
        this.adjustment = adjustment;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public AccountView getAccount() {
        return account;
    }
}
