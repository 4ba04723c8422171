package dev.duality.core.session;

import dev.duality.core.rejection.Rejected;
import dev.duality.core.system.ReadinessBlocker;

import java.util.List;

/** A session start refused by readiness: carries every blocker, in the fixed order, the first one as its code. */
public class SessionNotReady extends Rejected {
    private final List<ReadinessBlocker> blockers;

    public SessionNotReady(List<ReadinessBlocker> blockers) {
        super(blockers.get(0).code(), null, "the table is not ready: " + blockers.get(0).message()
                + (blockers.size() > 1 ? " (and " + (blockers.size() - 1) + " more)" : ""));
        this.blockers = List.copyOf(blockers);
    }

    public List<ReadinessBlocker> blockers() {
        return blockers;
    }
}
