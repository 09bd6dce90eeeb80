package org.emporium.web.backoffice;

/** The base names of the back office's bundles, for texts that beans put into messages. */
public final class BackOfficeTexts {

    /** The frame, the login and the error pages. */
    public static final String OFFICE = "org.emporium.web.backoffice.i18n.office";

    public static final String CATALOG = "org.emporium.web.backoffice.i18n.catalog";
    public static final String AUDIT = "org.emporium.web.backoffice.i18n.audit";
    public static final String MERCHANDISING = "org.emporium.web.backoffice.i18n.merchandising";
    public static final String CHAT = "org.emporium.web.backoffice.i18n.chat";
    /** Orders and stock. */
    public static final String ORDERS = "org.emporium.web.backoffice.i18n.orders";
    /** The service desk: shoppers' refund, return, exchange, complaint and suggestion requests. */
    public static final String SERVICE = "org.emporium.web.backoffice.i18n.service";

    public static final String PROMOTION = "org.emporium.web.backoffice.i18n.promotion";

    private BackOfficeTexts() {}
}
