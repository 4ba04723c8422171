package dev.duality.core.catalog;

/** Why the catalog refused to start. Each problem names the offending type in its message. */
public enum CatalogProblem {
    /** A type name does not follow {@code <aggregate>.<action>} (lowercase, dot-separated) naming. */
    INVALID_TYPE_NAME,
    /** A core type under {@code sys.}, or a system type outside {@code sys.<its id>.}. */
    NAMESPACE_MISMATCH,
    /** A type name, or a payload class, registered twice. */
    DUPLICATE_TYPE,
    /** Two system modules with the same id. */
    DUPLICATE_SYSTEM,
    /** A system module whose version is not {@code MAJOR.MINOR.PATCH}. */
    INVALID_SYSTEM_VERSION,
    /** A type under {@code sys.<id>.} where no module {@code id} is registered. */
    UNKNOWN_SYSTEM,
    /** A replay-relevant event no aggregate folds. */
    MISSING_FOLD_HANDLER,
    /** A projection-relevant event no projection handles. */
    MISSING_PROJECTION_HANDLER,
    /** An audit-only event that an aggregate folds anyway (a dead fold handler). */
    AUDIT_EVENT_FOLDED,
    /** A replay-only or audit-only event that a projection handles although it is never projected. */
    UNPROJECTED_EVENT_HANDLED,
    /** A command that needs an authorized actor but does not say which campaign it is about (CampaignScoped). */
    UNSCOPED_COMMAND,
    /** A handler for a payload class the catalog does not know. */
    UNREGISTERED_HANDLER,
    /** A command that declares another game system's rejection code (one with that system's prefix). */
    FOREIGN_REJECTION_CODE,
    /** A command no aggregate or command handler of its module handles. */
    MISSING_COMMAND_HANDLER,
    /** A command handled by more than one handler. */
    DUPLICATE_COMMAND_HANDLER,
    /** A command handled by another module's aggregate or command handler (a game system taking over a core one). */
    FOREIGN_COMMAND_HANDLER,
    /** The journal holds events of a type no module registers (a module left out, or a type renamed without care). */
    UNKNOWN_RECORDED_TYPE
}
