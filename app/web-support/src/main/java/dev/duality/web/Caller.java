package dev.duality.web;

import dev.duality.core.envelope.Actors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/** Who is calling: a participant of one campaign (by access token), or the admin. */
public sealed interface Caller {
    /** The actor id recorded on every event this caller causes. */
    String actorId();

    record Participant(String campaignId, String participantId) implements Caller {
        @Override
        public String actorId() {
            return participantId;
        }
    }

    record Admin() implements Caller {
        @Override
        public String actorId() {
            return Actors.ADMIN;
        }
    }

    /** The authenticated caller of the current request, if any. */
    static Optional<Caller> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Caller caller
                ? Optional.of(caller) : Optional.empty();
    }
}
