package org.emporium.systemtest.promotion;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.emporium.promotion.boundary.CampaignDesk;
import org.emporium.promotion.entity.Campaign;

/** Puts submitted campaigns live as a signed-in approver does. */
@Stateless
@RunAs(CampaignDesk.PROMOTION_APPROVER)
@DeclareRoles(CampaignDesk.PROMOTION_APPROVER)
public class AsPromotionApprover {

    @Inject
    CampaignDesk desk;

    public Campaign approve(long id) {
        return desk.approve(id);
    }
}
