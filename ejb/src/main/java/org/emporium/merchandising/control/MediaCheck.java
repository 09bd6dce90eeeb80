package org.emporium.merchandising.control;

import jakarta.persistence.EntityManager;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * Images are the catalogue's media rows, referred to by id. Checked by id before saving, so that a mistyped
 * id is a message to the user rather than a broken foreign key at commit.
 */
public final class MediaCheck {

    private MediaCheck() {}

    public static void requireExists(EntityManager em, Long mediaId) {
        if (mediaId == null) {
            return;
        }
        Number found = (Number) em.createNativeQuery("SELECT COUNT(*) FROM media WHERE id = ?1")
                .setParameter(1, mediaId)
                .getSingleResult();
        if (found.longValue() == 0) {
            throw new BusinessRuleViolation("merchandising.media.notFound", mediaId);
        }
    }
}
