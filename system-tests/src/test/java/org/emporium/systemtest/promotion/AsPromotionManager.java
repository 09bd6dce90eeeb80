package org.emporium.systemtest.promotion;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.emporium.promotion.boundary.CampaignDesk;
import org.emporium.promotion.boundary.CampaignDraft;
import org.emporium.promotion.entity.Campaign;

/** Creates, submits and stops campaigns as a signed-in promotion manager does; tests run as anonymous callers. */
@Stateless
@RunAs(CampaignDesk.PROMOTION_MANAGER)
@DeclareRoles(CampaignDesk.PROMOTION_MANAGER)
public class AsPromotionManager {

    @Inject
    CampaignDesk desk;

    public Campaign create(CampaignDraft draft) {
        return desk.create(draft);
    }

    public Campaign submit(long id) {
        return desk.submit(id);
    }

    public Campaign stop(long id) {
        return desk.stop(id);
    }

    public Campaign resume(long id) {
        return desk.resume(id);
    }
}
