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

    private Roles() {}
}
