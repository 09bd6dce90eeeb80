package org.emporium.search.entity;

/** What a search rule does; the first two apply to every query, the others to the one query they name. */
public enum RuleKind {
    SYNONYM(false),
    STOP_WORD(false),
    REDIRECT(true),
    PIN(true),
    BOOST(true),
    BAN(true);

    private final boolean perQuery;

    RuleKind(boolean perQuery) {
        this.perQuery = perQuery;
    }

    public boolean perQuery() {
        return perQuery;
    }
}
