package dev.duality.core.campaign.api;

import dev.duality.core.rejection.Category;
import dev.duality.core.rejection.RejectionCode;

/** Authorization refusals, decided from the command's catalog policy before any aggregate runs. */
public enum AuthzRejection implements RejectionCode {
    /** The caller is not a participant of this campaign. */
    AUTHZ_DENY_NOT_A_MEMBER(Category.FORBIDDEN),
    /** Only an owner or a manager may do this. */
    AUTHZ_DENY_REQUIRES_MANAGER(Category.FORBIDDEN),
    /** Only an owner may do this. */
    AUTHZ_DENY_REQUIRES_OWNER(Category.FORBIDDEN),
    /** Only a GM participant may do this. */
    AUTHZ_DENY_REQUIRES_GM(Category.FORBIDDEN),
    /** Only the character's owner or a GM may change it. */
    AUTHZ_DENY_NOT_CHARACTER_CONTROLLER(Category.FORBIDDEN),
    /** Only the participant concerned, an owner or a manager may do this. */
    AUTHZ_DENY_NOT_SELF_OR_MANAGER(Category.FORBIDDEN);

    private final Category category;

    AuthzRejection(Category category) {
        this.category = category;
    }

    @Override
    public Category category() {
        return category;
    }
}
