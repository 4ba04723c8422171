package dev.duality.core.system;

import dev.duality.core.rejection.RejectionCode;

/** One reason a session cannot start yet, with the character it is about (null when it is about the table). */
public record ReadinessBlocker(RejectionCode code, String characterId, String message) {
}
