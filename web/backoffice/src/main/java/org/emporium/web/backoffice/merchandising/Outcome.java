package org.emporium.web.backoffice.merchandising;

import org.emporium.web.backoffice.BackOfficeTexts;
import org.emporium.web.backoffice.StaffChange;

/** Runs a merchandising change through a boundary and tells the user how it went, in their language. */
final class Outcome {

    private Outcome() {}

    /** True when the change was made; otherwise the page shows why and keeps what the user typed. */
    static boolean of(Runnable change, String savedKey, Object... arguments) {
        return StaffChange.run(BackOfficeTexts.MERCHANDISING, "merch.forbidden", change, savedKey, arguments);
    }
}
