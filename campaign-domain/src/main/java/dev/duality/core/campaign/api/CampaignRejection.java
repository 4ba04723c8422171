package dev.duality.core.campaign.api;

import dev.duality.core.rejection.Category;
import dev.duality.core.rejection.RejectionCode;

/** Rejections decided by the Campaign aggregate. */
public enum CampaignRejection implements RejectionCode {
    /** No campaign has this id. */
    CAMPAIGN_NOT_FOUND(Category.NOT_FOUND),
    /** The requested game system id and version is not a registered system module. */
    CAMPAIGN_GAME_SYSTEM_UNSUPPORTED(Category.RULE_VIOLATION),
    /** The campaign's status does not allow this operation (e.g. changes to a completed campaign). */
    CAMPAIGN_STATUS_FORBIDS_OPERATION(Category.CONFLICT),
    /** An update that changes nothing. */
    CAMPAIGN_UPDATE_EMPTY(Category.RULE_VIOLATION),
    /** The change would leave the campaign without an owner. */
    CAMPAIGN_OWNER_REQUIRED(Category.CONFLICT),
    /** No participant with this id is in the campaign. */
    PARTICIPANT_NOT_FOUND(Category.NOT_FOUND),
    /** A participant with this id already joined. */
    PARTICIPANT_ALREADY_JOINED(Category.CONFLICT),
    /** A manager tried to grant, change or remove owner access: only owners may. */
    PARTICIPANT_OWNER_ACCESS_RESERVED(Category.FORBIDDEN),
    /** The participant still owns characters and cannot leave. */
    PARTICIPANT_OWNS_CHARACTERS(Category.CONFLICT),
    /** A participant update that changes nothing. */
    PARTICIPANT_UPDATE_EMPTY(Category.RULE_VIOLATION),
    /** A character with this id already exists in the campaign. */
    CHARACTER_ALREADY_EXISTS(Category.CONFLICT),
    /** No character with this id is in the campaign. */
    CHARACTER_NOT_FOUND(Category.NOT_FOUND),
    /** The character's owner is not a participant of the campaign. */
    CHARACTER_OWNER_NOT_PARTICIPANT(Category.RULE_VIOLATION);

    private final Category category;

    CampaignRejection(Category category) {
        this.category = category;
    }

    @Override
    public Category category() {
        return category;
    }
}
