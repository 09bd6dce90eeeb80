package org.emporium.payment.entity;

/**
 * The ledger's account subjects, with the code finance books them under. Liabilities are what the shop owes
 * its shoppers (balances, gift cards, points at their money value), split into what is free and what is held
 * for payments in progress; the clearing account is money a gateway holds for the shop.
 */
public enum Subject {
    CASH("1001"),
    GATEWAY_CLEARING("1122"),
    /** Cash couriers collected at the door for cash-on-delivery orders, owed to the shop until they remit it. */
    COURIER_RECEIVABLE("1221.01"),
    /** Points a shopper owes: earned points taken back after a refund when they had already been spent. */
    POINTS_RECEIVABLE("1221.05"),
    CUSTOMER_BALANCE("2241.01"),
    CUSTOMER_BALANCE_HELD("2241.02"),
    GIFT_CARD("2241.11"),
    GIFT_CARD_HELD("2241.12"),
    POINTS("2241.21"),
    POINTS_HELD("2241.22"),
    /** Received for orders: revenue once the goods go out, refunded when the order is cancelled. */
    ORDER_RECEIPTS("2203"),
    POINTS_EXPENSE("6601.05"),
    GATEWAY_FEE("6603.02"),
    /** Instalment fees the shop bears for its shoppers (interest-free instalments). */
    INSTALMENT_FEE("6603.03"),
    /** Instalment fees shoppers pay, collected with the price and passed on to the card issuer. */
    INSTALMENT_FEE_PAYABLE("2202.03"),
    /** Points that expired unspent. */
    EXPIRED_POINTS("6301.03"),
    /** Staff's manual adjustments of a shopper's balance, with their reason in the memo. */
    ADJUSTMENT("6711");

    private final String code;

    Subject(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
