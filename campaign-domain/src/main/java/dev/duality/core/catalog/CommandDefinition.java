package dev.duality.core.catalog;

import dev.duality.core.campaign.api.AuthzRejection;
import dev.duality.core.campaign.api.CampaignRejection;
import dev.duality.core.campaign.api.CampaignScoped;
import dev.duality.core.campaign.api.CharacterScoped;
import dev.duality.core.campaign.api.CharactersScoped;
import dev.duality.core.envelope.EnvelopeRejection;
import dev.duality.core.rejection.RejectionCode;
import dev.duality.core.session.api.SessionRejection;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A registered command type: its namespaced name, the record class that carries its payload, its policy and the
 * rejection codes its decider may answer with.
 *
 * @param type    e.g. {@code campaign.create} or {@code sys.daggerheart.character.create}
 * @param payload the Java record sent on the command bus
 * @param policy  who may send it, and whether it may run during a session or while a gate is open
 * @param rejects the codes its decider (the aggregate's handler, and the values it builds) may refuse it with; the
 *                codes every command of its kind gets from admission are {@link #admissionRejections()}
 */
public record CommandDefinition(String type, Class<?> payload, CommandPolicy policy, List<RejectionCode> rejects) {
    public CommandDefinition {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(policy, "policy");
        rejects = List.copyOf(Objects.requireNonNull(rejects, "rejects"));
    }

    public static CommandDefinition command(String type, Class<?> payload, CommandPolicy policy,
                                            RejectionCode... rejects) {
        return new CommandDefinition(type, payload, policy, List.of(rejects));
    }

    public Owner owner() {
        return Owner.ofTypeName(type);
    }

    /**
     * The codes admission may refuse this command with before any aggregate decides, from what the command is: its
     * access policy, the session lock or an open gate, the campaign it names, and for a game system's command the
     * campaign's game system, its registered version and the characters it names.
     */
    public List<RejectionCode> admissionRejections() {
        List<RejectionCode> codes = new ArrayList<>();
        if (!CampaignScoped.class.isAssignableFrom(payload)) {
            return codes;
        }
        if (policy.nestedOnly()) {
            // refused before anything else when sent alone; nested, it was authorized with the command that sent it
            codes.add(EnvelopeRejection.COMMAND_NESTED_ONLY);
        }
        codes.add(CampaignRejection.CAMPAIGN_NOT_FOUND);
        accessRejection(policy.access()).filter(code -> !policy.nestedOnly()).ifPresent(code -> {
            // whoever is no participant is turned away first, whatever the policy
            codes.add(AuthzRejection.AUTHZ_DENY_NOT_A_MEMBER);
            codes.add(code);
        });
        if (!policy.allowedDuringSession()) {
            codes.add(SessionRejection.SESSION_ACTIVE);
        } else if (!policy.allowedWhileGateOpen()) {
            codes.add(SessionRejection.SESSION_GATE_OPEN);
        }
        if (!owner().isCore()) {
            codes.add(EnvelopeRejection.SYSTEM_VERSION_UNSUPPORTED);
            codes.add(CampaignRejection.CAMPAIGN_SYSTEM_MISMATCH);
            if (CharacterScoped.class.isAssignableFrom(payload) || CharactersScoped.class.isAssignableFrom(payload)) {
                codes.add(CampaignRejection.CHARACTER_NOT_FOUND);
                codes.add(CampaignRejection.CHARACTER_DELETED);
            }
        }
        return codes;
    }

    /** Every code the command may be refused with: its decider's, then admission's, each once. */
    public List<RejectionCode> allRejections() {
        Set<RejectionCode> all = new LinkedHashSet<>(rejects);
        all.addAll(new LinkedHashSet<>(admissionRejections()));
        return List.copyOf(all);
    }

    /** The code a caller gets when the access policy turns it away, if the policy can turn anyone away. */
    public static Optional<RejectionCode> accessRejection(CommandPolicy.Access access) {
        return Optional.ofNullable(switch (access) {
            case PUBLIC, INVITE_HOLDER -> null;
            case MEMBER -> AuthzRejection.AUTHZ_DENY_NOT_A_MEMBER;
            case SELF_OR_MANAGER -> AuthzRejection.AUTHZ_DENY_NOT_SELF_OR_MANAGER;
            case MANAGER -> AuthzRejection.AUTHZ_DENY_REQUIRES_MANAGER;
            case CHARACTER_CONTROLLER -> AuthzRejection.AUTHZ_DENY_NOT_CHARACTER_CONTROLLER;
            case GM -> AuthzRejection.AUTHZ_DENY_REQUIRES_GM;
            case OWNER -> AuthzRejection.AUTHZ_DENY_REQUIRES_OWNER;
        });
    }
}
