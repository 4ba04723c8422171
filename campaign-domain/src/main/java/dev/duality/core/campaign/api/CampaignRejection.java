package dev.duality.core.campaign.api;

import dev.duality.core.rejection.Category;
import dev.duality.core.rejection.RejectionCode;

/** Rejections decided by the Campaign aggregate. */
public enum CampaignRejection implements RejectionCode {
    /** No campaign has this id. */
    CAMPAIGN_NOT_FOUND(Category.NOT_FOUND),
    /** The requested game system id and version is not a registered system module. */
    CAMPAIGN_GAME_SYSTEM_UNSUPPORTED(Category.RULE_VIOLATION),
    /** An upgrade to a version of the game system that is not newer than the one the campaign plays. */
    CAMPAIGN_GAME_SYSTEM_NOT_NEWER(Category.RULE_VIOLATION),
    /** A game system's command sent to a campaign that plays another game system. */
    CAMPAIGN_SYSTEM_MISMATCH(Category.RULE_VIOLATION),
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
    /** A manager tried to change an owner's role, or their own role: only owners may. */
    PARTICIPANT_ROLE_CHANGE_RESERVED(Category.FORBIDDEN),
    /** The participant still owns characters and cannot leave. */
    PARTICIPANT_OWNS_CHARACTERS(Category.CONFLICT),
    /** A participant update that changes nothing. */
    PARTICIPANT_UPDATE_EMPTY(Category.RULE_VIOLATION),
    /** A character with this id already exists in the campaign. */
    CHARACTER_ALREADY_EXISTS(Category.CONFLICT),
    /** No character with this id is in the campaign. */
    CHARACTER_NOT_FOUND(Category.NOT_FOUND),
    /** The character's owner is not a participant of the campaign. */
    CHARACTER_OWNER_NOT_PARTICIPANT(Category.RULE_VIOLATION),
    /** The character was deleted and can no longer change. */
    CHARACTER_DELETED(Category.CONFLICT),
    /** A character update that changes nothing. */
    CHARACTER_UPDATE_EMPTY(Category.RULE_VIOLATION),
    /** A transfer to the participant who already owns the character. */
    CHARACTER_TRANSFER_SAME_OWNER(Category.RULE_VIOLATION),
    /** A member tried to create a character for someone else; only owners, managers and GMs may. */
    CHARACTER_OWNER_MUST_BE_SELF(Category.FORBIDDEN),
    /** No invite with this id in the campaign. */
    INVITE_NOT_FOUND(Category.NOT_FOUND),
    /** An invite with this id already exists. */
    INVITE_ALREADY_EXISTS(Category.CONFLICT),
    /** The invite code matches no open invite of the campaign. */
    INVITE_CODE_INVALID(Category.FORBIDDEN),
    /** The invite was already claimed; invites are single-use. */
    INVITE_ALREADY_CLAIMED(Category.CONFLICT),
    /** The invite was revoked. */
    INVITE_REVOKED(Category.CONFLICT);

    private final Category category;

    CampaignRejection(Category category) {
        this.category = category;
    }

    @Override
    public Category category() {
        return category;
    }
}
