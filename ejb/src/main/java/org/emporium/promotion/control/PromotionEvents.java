package org.emporium.promotion.control;

import org.emporium.platform.events.DomainEvent;
import org.emporium.platform.json.Jsons;
import org.emporium.promotion.entity.Campaign;

/** The events promotions publish; the audit trail writes each into the audit log. */
public final class PromotionEvents {

    public static final String AGGREGATE = "campaign";
    public static final String CAMPAIGN_CHANGED = "promotion.campaign-changed";
    public static final String RULE_CHANGED = "promotion.stacking-rule-changed";

    private PromotionEvents() {}

    /** A campaign was created, submitted, approved, rejected, stopped or resumed ({@code change}). */
    public static DomainEvent changed(Campaign campaign, String actor, String change) {
        return DomainEvent.now(
                CAMPAIGN_CHANGED,
                AGGREGATE,
                campaign.getId(),
                Jsons.createObjectBuilder()
                        .add("actor", actor)
                        .add("change", change)
                        .add("nameZh", campaign.getNameZh())
                        .add("nameEn", campaign.getNameEn())
                        .add("type", campaign.getCampaignType())
                        .add("terms", campaign.getTerms())
                        .add("status", campaign.getStatus().name())
                        .build()
                        .toString());
    }

    public static DomainEvent ruleChanged(String groupA, String groupB, boolean combine, String actor) {
        return DomainEvent.now(
                RULE_CHANGED,
                "stacking-rule",
                groupA + "+" + groupB,
                Jsons.createObjectBuilder()
                        .add("actor", actor)
                        .add("nameEn", groupA + " + " + groupB)
                        .add("status", combine ? "COMBINE" : "EXCLUDE")
                        .build()
                        .toString());
    }
}
