package dev.duality.app.bundle;

import dev.duality.core.rejection.Category;
import dev.duality.core.rejection.RejectionCode;

/** Refusals of a session bundle's import (POST /admin/v1/bundles). */
public enum BundleRejection implements RejectionCode {
    /** The bundle is not one this service reads: a field missing or out of form, named in {@code field}. */
    BUNDLE_MALFORMED(Category.INVALID_INPUT),
    /** Its digest is not the digest of its content, or its signature is not the key's signature of the digest. */
    BUNDLE_SIGNATURE_INVALID(Category.INVALID_INPUT),
    /** It is signed by a key this service does not trust: neither its own nor one in duality.bundles.trusted-keys. */
    BUNDLE_SIGNER_UNTRUSTED(Category.RULE_VIOLATION),
    /** The journal holds the campaign already (one of its streams or events). */
    BUNDLE_CAMPAIGN_EXISTS(Category.CONFLICT),
    /** An event's type is one no module of this service registers. */
    BUNDLE_EVENT_TYPE_UNKNOWN(Category.RULE_VIOLATION);

    private final Category category;

    BundleRejection(Category category) {
        this.category = category;
    }

    @Override
    public Category category() {
        return category;
    }
}
