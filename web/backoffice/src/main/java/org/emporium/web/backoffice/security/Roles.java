package org.emporium.web.backoffice.security;

/** The roles of the back office, as web.xml declares them and the staff directory grants them. */
public final class Roles {

    /** Anyone who may log into the back office at all. */
    public static final String STAFF = "staff";
    /** May change products, prices and categories. */
    public static final String CATALOG_MANAGER = "catalog-manager";
    /** May start, stop and restart batch jobs. */
    public static final String OPS = "ops";

    public static final String ADMINISTRATOR = "administrator";

    /** Creates promotion campaigns, submits them for approval, stops them. */
    public static final String PROMOTION_MANAGER = "promotion-manager";
    /** Puts submitted campaigns live and sets which stacking groups combine. */
    public static final String PROMOTION_APPROVER = "promotion-approver";

    /** Answers live chats in the agent console. */
    public static final String AGENT = "agent";

    /** Looks after orders: review, allocation, shipping, cancellation. */
    public static final String ORDER_CLERK = "order-clerk";

    /** Receives goods and corrects stock after counts. */
    public static final String WAREHOUSE = "warehouse";

    /** Issues gift cards, adjusts balances, reads and exports the payment ledger. */
    public static final String FINANCE = "finance";

    private Roles() {}
}
