package dev.duality.core.envelope;

import dev.duality.core.rejection.Category;
import dev.duality.core.rejection.RejectionCode;

/** Rejections of the namespace rules, applied to every command and every emitted event. */
public enum EnvelopeRejection implements RejectionCode {
    /** The command's payload class is not in the message catalog. */
    COMMAND_TYPE_UNREGISTERED(Category.INVALID_INPUT),
    /** A {@code sys.*} command without {@code system_id}. */
    SYSTEM_ID_MISSING(Category.INVALID_INPUT),
    /** A {@code sys.*} command without {@code system_version}. */
    SYSTEM_VERSION_MISSING(Category.INVALID_INPUT),
    /** {@code system_id} does not match the command's {@code sys.<id>.} prefix. */
    SYSTEM_ID_MISMATCH(Category.INVALID_INPUT),
    /** No module of that system is registered at that version. */
    SYSTEM_VERSION_UNSUPPORTED(Category.RULE_VIOLATION),
    /** A core command carrying {@code system_id} or {@code system_version}. */
    CORE_COMMAND_HAS_SYSTEM_METADATA(Category.INVALID_INPUT),
    /** A command that is only a step of a larger decision was sent on its own. */
    COMMAND_NESTED_ONLY(Category.FORBIDDEN),
    /** A command emitted an event type the catalog does not know. */
    EVENT_TYPE_UNREGISTERED(Category.RULE_VIOLATION),
    /** A command emitted an event owned by another module (core vs system, or another system). */
    EVENT_OWNER_MISMATCH(Category.RULE_VIOLATION);

    private final Category category;

    EnvelopeRejection(Category category) {
        this.category = category;
    }

    @Override
    public Category category() {
        return category;
    }
}
