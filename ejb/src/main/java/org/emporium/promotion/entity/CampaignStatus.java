package org.emporium.promotion.entity;

/**
 * A campaign's life: staff draft it, submit it for approval, an approver puts it live; anyone allowed can stop it
 * at once (the emergency stop), and a stopped campaign goes back through approval before it runs again.
 */
public enum CampaignStatus {
    DRAFT,
    PENDING_APPROVAL,
    LIVE,
    STOPPED
}
