package dev.duality.app.security;

import dev.duality.app.support.Api;
import dev.duality.app.support.DualityIntegrationTest;
import dev.duality.app.support.EventStream;
import dev.duality.core.campaign.api.AuthzRejection;
import dev.duality.core.campaign.api.CampaignRejection;
import dev.duality.core.catalog.CommandDefinition;
import dev.duality.core.catalog.CommandPolicy.Access;
import dev.duality.core.catalog.MessageCatalog;
import dev.duality.core.rejection.RejectionCode;
import org.junit.jupiter.api.DynamicContainer;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.duality.app.security.AuthorizationMatrixIT.Role.ADMIN;
import static dev.duality.app.security.AuthorizationMatrixIT.Role.ANONYMOUS;
import static dev.duality.app.security.AuthorizationMatrixIT.Role.FORMER;
import static dev.duality.app.security.AuthorizationMatrixIT.Role.MANAGER;
import static dev.duality.app.security.AuthorizationMatrixIT.Role.MEMBER_GM;
import static dev.duality.app.security.AuthorizationMatrixIT.Role.OUTSIDER;
import static dev.duality.app.security.AuthorizationMatrixIT.Role.OWNER;
import static dev.duality.app.security.AuthorizationMatrixIT.Role.PLAYER;
import static dev.duality.app.security.AuthorizationMatrixIT.Role.PLAYER_ON_OTHERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The authorization matrix (issue 3, item 6): every HTTP endpoint, called by every role, is allowed or denied exactly
 * as the policy says. One named test per endpoint and role.
 *
 * <p>The table ({@link #matrix()}) has one row per endpoint: method and path as Spring maps it, the catalog command it
 * sends (if any), who may call it ({@link Who}), the state the campaign must be in for the call to succeed, the
 * success status, and the request body. Each test builds that state (a fresh table for every call that changes
 * something, so a wrongly allowed call can never spoil another test), sends the request with the role's credentials
 * and asserts:
 * <ul>
 *   <li>allowed: the status is neither 401 nor 403, and is the row's success status;</li>
 *   <li>denied: 401 {@code AUTH_TOKEN_MISSING} without a token, 401 {@code AUTH_TOKEN_INVALID} with the token of a
 *       participant who left, 403 {@code AUTHZ_DENY_NOT_A_MEMBER} for another campaign's participant, 403
 *       {@code AUTHZ_DENY_ADMIN_ONLY} for participants on admin endpoints, and otherwise the policy's own 403
 *       code.</li>
 * </ul>
 * Where acting on one's own thing differs from acting on someone else's (characters, leaving, gate answers), the
 * member player is called both ways. A few endpoints have a further scenario row for a rule of their own (managers
 * never grant owner access).
 * {@link #everyApiAndAdminEndpointHasExactlyOneRow()} walks Spring's handler mapping, so a new endpoint without a row
 * fails the build; {@link #everyRowsCommandDeclaresTheAccessTheRowAsserts()} ties each row to the catalog policy.
 *
 * <p>The table ("a table") is a campaign created by its owner (a GM), with a manager player, a member player and a
 * member GM who joined through invites, and two player characters whose Daggerheart creation is complete (the member
 * player's and the manager's), so a session can start; a fifth participant joined and left again. The other
 * campaign's participant is the owner of a second campaign.
 */
@DualityIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {
    private static final String CAMPAIGN = "/api/v1/campaigns/{campaignId}";
    private static final String SESSION = CAMPAIGN + "/sessions/{sessionId}";
    private static final String GATE = SESSION + "/gates/{gateId}";
    private static final String DH = CAMPAIGN + "/daggerheart";
    private static final String SHEET = DH + "/characters/{characterId}";
    private static final String ACTION_ROLLS = DH + "/sessions/{sessionId}/action-rolls";
    private static final String COUNTDOWNS = DH + "/countdowns";
    private static final String COUNTDOWN = COUNTDOWNS + "/{countdownId}";
    private static final String ADVERSARIES = DH + "/sessions/{sessionId}/adversaries";
    private static final String ADVERSARY = ADVERSARIES + "/{adversaryId}";
    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");
    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;
    @Autowired
    MessageCatalog catalog;

    private Table shared;
    private String outsiderToken;

    // ---------------------------------------------------------------------------------------------------------------
    // Roles and who may do what
    // ---------------------------------------------------------------------------------------------------------------

    /** The callers. {@link #PLAYER_ON_OTHERS} is only called on rows where acting on someone else's thing differs. */
    enum Role {
        ANONYMOUS("anonymous"),
        OWNER("owner (GM)"),
        MANAGER("manager (player)"),
        PLAYER("member player"),
        PLAYER_ON_OTHERS("member player"),
        MEMBER_GM("member GM"),
        OUTSIDER("other campaign's participant"),
        /** A participant of this campaign who has left: their token no longer opens anything. */
        FORMER("former participant (left)"),
        ADMIN("admin");

        final String label;

        Role(String label) {
            this.label = label;
        }
    }

    /**
     * Who may call an endpoint: the allowed roles, the catalog access policy the endpoint's command declares (null for
     * reads), and the 403 code each refused participant of the campaign gets.
     */
    record Who(String name, Access access, Set<Role> allowed, Map<Role, RejectionCode> refusals) {
        static Who of(String name, Access access, Set<Role> allowed) {
            return new Who(name, access, allowed, Map.of());
        }

        Who refusing(RejectionCode code, Role... roles) {
            Map<Role, RejectionCode> more = new LinkedHashMap<>(refusals);
            Arrays.stream(roles).forEach(role -> more.put(role, code));
            return new Who(name, access, allowed, Map.copyOf(more));
        }
    }

    private static final Set<Role> EVERYONE = EnumSet.complementOf(EnumSet.of(FORMER));
    private static final Set<Role> MEMBERS_AND_ADMIN = EnumSet.of(OWNER, MANAGER, PLAYER, PLAYER_ON_OTHERS, MEMBER_GM,
            ADMIN);

    /** Anyone at all, with or without a token. */
    static final Who ANYONE = Who.of("anyone", null, EVERYONE);
    static final Who ANYONE_CREATES_A_CAMPAIGN = Who.of("anyone", Access.PUBLIC, EVERYONE);
    /** Whoever holds the code; a token of another campaign still never opens this campaign's paths. */
    static final Who INVITE_HOLDER = Who.of("whoever holds the code (no token needed)", Access.INVITE_HOLDER,
            EnumSet.complementOf(EnumSet.of(OUTSIDER, FORMER)));
    /** Any token: participants see their own campaign only. */
    static final Who AUTHENTICATED = Who.of("any valid token", null,
            EnumSet.complementOf(EnumSet.of(ANONYMOUS, FORMER)));
    static final Who MEMBER_READ = Who.of("any member", null, MEMBERS_AND_ADMIN);
    static final Who MEMBER = Who.of("any member", Access.MEMBER, MEMBERS_AND_ADMIN);
    static final Who MEMBER_FOR_SELF = Who.of("any member; a member player only for themselves", Access.MEMBER,
            EnumSet.of(OWNER, MANAGER, PLAYER, MEMBER_GM, ADMIN))
            .refusing(CampaignRejection.CHARACTER_OWNER_MUST_BE_SELF, PLAYER_ON_OTHERS);
    static final Who GOVERNOR_READ = Who.of("owner or manager", null, EnumSet.of(OWNER, MANAGER, ADMIN))
            .refusing(AuthzRejection.AUTHZ_DENY_REQUIRES_MANAGER, PLAYER, PLAYER_ON_OTHERS, MEMBER_GM);
    static final Who MANAGERS = Who.of("owner or manager", Access.MANAGER, EnumSet.of(OWNER, MANAGER, ADMIN))
            .refusing(AuthzRejection.AUTHZ_DENY_REQUIRES_MANAGER, PLAYER, PLAYER_ON_OTHERS, MEMBER_GM);
    static final Who SELF_OR_MANAGER = Who.of("the participant concerned, owner or manager", Access.SELF_OR_MANAGER,
            EnumSet.of(OWNER, MANAGER, PLAYER, MEMBER_GM, ADMIN))
            .refusing(AuthzRejection.AUTHZ_DENY_NOT_SELF_OR_MANAGER, PLAYER_ON_OTHERS);
    static final Who CHARACTER_CONTROLLER = Who.of("the character's owner or a GM", Access.CHARACTER_CONTROLLER,
            EnumSet.of(OWNER, PLAYER, MEMBER_GM, ADMIN))
            .refusing(AuthzRejection.AUTHZ_DENY_NOT_CHARACTER_CONTROLLER, MANAGER, PLAYER_ON_OTHERS);
    static final Who GM = Who.of("a GM", Access.GM, EnumSet.of(OWNER, MEMBER_GM, ADMIN))
            .refusing(AuthzRejection.AUTHZ_DENY_REQUIRES_GM, MANAGER, PLAYER, PLAYER_ON_OTHERS);
    static final Who CAMPAIGN_OWNER = Who.of("the owner", Access.OWNER, EnumSet.of(OWNER, ADMIN))
            .refusing(AuthzRejection.AUTHZ_DENY_REQUIRES_OWNER, MANAGER, PLAYER, PLAYER_ON_OTHERS, MEMBER_GM);
    /** Owner access is the owner's to give: managers manage everyone else. */
    static final Who OWNER_ACCESS = Who.of("the owner (managers never grant owner access)", Access.MANAGER,
            EnumSet.of(OWNER, ADMIN))
            .refusing(CampaignRejection.PARTICIPANT_OWNER_ACCESS_RESERVED, MANAGER)
            .refusing(AuthzRejection.AUTHZ_DENY_REQUIRES_MANAGER, PLAYER, PLAYER_ON_OTHERS, MEMBER_GM);
    static final Who OWNER_READ = Who.of("the owner", null, EnumSet.of(OWNER, ADMIN))
            .refusing(AuthzRejection.AUTHZ_DENY_REQUIRES_OWNER, MANAGER, PLAYER, PLAYER_ON_OTHERS, MEMBER_GM);
    static final Who ADMIN_ONLY = Who.of("the admin", null, EnumSet.of(ADMIN))
            .refusing(AuthRejection.AUTHZ_DENY_ADMIN_ONLY, OWNER, MANAGER, PLAYER, PLAYER_ON_OTHERS, MEMBER_GM,
                    OUTSIDER);

    /** What the campaign must look like before the call, so an allowed call succeeds. */
    enum State {
        /** The class's one table, in a session with an open gate; only for reads and harmless calls. */
        SHARED,
        /** A fresh draft table, ready for a session. */
        READY,
        /** A fresh table in its first session (GM Fear seeded). */
        IN_SESSION,
        /** In a session, with a gate open to everyone. */
        GATE_OPEN,
        /** In a session, with one roll (by the owner) whose outcome is pending. */
        ROLLED,
        /** In a session, with a Daggerheart Duality roll of the member player's character whose outcome is pending. */
        DUALITY_ROLLED,
        /** In a session, with the GM in the spotlight. */
        SPOTLIT,
        /** Active, after its first session ended: no session running. */
        ACTIVE_IDLE,
        /** Archived. */
        ARCHIVED
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The matrix: one row per endpoint
    // ---------------------------------------------------------------------------------------------------------------

    List<Row> matrix() {
        return List.of(
                // campaigns
                row("POST", "/api/v1/campaigns", ANYONE_CREATES_A_CAMPAIGN, "campaign.create", State.SHARED, 201)
                        .body(c -> """
                                {"name": "Matrix", "game_system": {"id": "daggerheart", "version": "1.0.0"},
                                 "owner_name": "Morgan"}"""),
                row("GET", "/api/v1/campaigns", AUTHENTICATED, null, State.SHARED, 200)
                        .then(AuthorizationMatrixIT::participantsListOnlyTheirOwnCampaign),
                row("GET", CAMPAIGN, MEMBER_READ, null, State.SHARED, 200),
                row("PATCH", CAMPAIGN, MANAGERS, "campaign.update", State.READY, 200)
                        .body(c -> """
                                {"name": "Renamed"}"""),
                row("POST", CAMPAIGN + "/game-system/upgrade", CAMPAIGN_OWNER, "campaign.game_system.upgrade",
                        State.READY, 200).body(c -> """
                                {"version": "1.1.0"}"""),
                row("POST", CAMPAIGN + "/end", MANAGERS, "campaign.end", State.ACTIVE_IDLE, 200),
                row("POST", CAMPAIGN + "/archive", MANAGERS, "campaign.archive", State.ACTIVE_IDLE, 200),
                row("POST", CAMPAIGN + "/restore", MANAGERS, "campaign.restore", State.ARCHIVED, 200),
                row("GET", CAMPAIGN + "/timeline", MEMBER_READ, null, State.SHARED, 200),
                row("GET", CAMPAIGN + "/events/stream", MEMBER_READ, null, State.SHARED, 200).streaming()
                        .then((c, r) -> assertThat(r.text()).startsWith("id: 1\nevent: campaign.created\n")),
                row("POST", CAMPAIGN + "/notes", MEMBER, "story.note.add", State.SHARED, 204)
                        .body(c -> """
                                {"content": "The bridge is out.", "character_id": "%s"}""".formatted(c.t.playerPc)),
                row("POST", CAMPAIGN + "/gm-notes", GM, "story.gm_note.add", State.SHARED, 201)
                        .body(c -> """
                                {"content": "The miller is the cult's informant."}"""),
                row("POST", CAMPAIGN + "/gm-notes/{noteId}/reveal", GM, "story.gm_note.reveal", State.SHARED, 204)
                        .prepare(AuthorizationMatrixIT::aGmNote),

                // participants
                row("GET", CAMPAIGN + "/participants", MEMBER_READ, null, State.SHARED, 200),
                row("POST", CAMPAIGN + "/participants", MANAGERS, "participant.join", State.READY, 201)
                        .body(c -> """
                                {"name": "Guest", "role": "player"}"""),
                row("POST", CAMPAIGN + "/participants", OWNER_ACCESS, "participant.join", State.READY, 201)
                        .scenario("seating an owner")
                        .body(c -> """
                                {"name": "Co-owner", "role": "gm", "access": "owner"}"""),
                row("GET", CAMPAIGN + "/participants/{participantId}", MEMBER_READ, null, State.SHARED, 200),
                row("PATCH", CAMPAIGN + "/participants/{participantId}", MANAGERS, "participant.update", State.READY,
                        200)
                        .body(c -> """
                                {"name": "Riley Renamed"}"""),
                row("PATCH", CAMPAIGN + "/participants/{participantId}", OWNER_ACCESS, "participant.update",
                        State.READY, 200)
                        .scenario("granting owner access")
                        .body(c -> """
                                {"access": "owner"}"""),
                row("DELETE", CAMPAIGN + "/participants/{participantId}", SELF_OR_MANAGER, "participant.leave",
                        State.READY, 204)
                        .variants("themselves (their character deleted first)", "a guest")
                        .prepare(AuthorizationMatrixIT::chooseWhoLeaves),

                // characters
                row("POST", CAMPAIGN + "/characters", MEMBER_FOR_SELF, "character.create", State.READY, 201)
                        .variants("for themselves", "for the manager")
                        .body(c -> """
                                {"name": "Ash", "kind": "pc", "owner_participant_id": "%s"}"""
                                .formatted(c.role == PLAYER_ON_OTHERS ? c.t.managerId : c.selfOr(c.t.playerId))),
                row("GET", CAMPAIGN + "/characters", MEMBER_READ, null, State.SHARED, 200),
                row("GET", CAMPAIGN + "/characters/{characterId}", MEMBER_READ, null, State.SHARED, 200),
                row("PATCH", CAMPAIGN + "/characters/{characterId}", CHARACTER_CONTROLLER, "character.update",
                        State.READY, 200)
                        .variants("own character", "the manager's character")
                        .body(c -> """
                                {"notes": "Scarred by the Witherwild"}"""),
                row("DELETE", CAMPAIGN + "/characters/{characterId}", CHARACTER_CONTROLLER, "character.delete",
                        State.READY, 204)
                        .variants("own character", "the manager's character"),
                row("POST", CAMPAIGN + "/characters/{characterId}/transfer", CAMPAIGN_OWNER, "character.transfer",
                        State.READY, 200)
                        .variants("own character", "the manager's character")
                        .body(c -> """
                                {"new_owner_participant_id": "%s"}"""
                                .formatted(c.role == PLAYER_ON_OTHERS ? c.t.playerId : c.t.managerId)),

                // invites
                row("POST", CAMPAIGN + "/invites", MANAGERS, "invite.create", State.READY, 201)
                        .body(c -> """
                                {"role": "player", "access": "member"}"""),
                row("POST", CAMPAIGN + "/invites", OWNER_ACCESS, "invite.create", State.READY, 201)
                        .scenario("inviting an owner")
                        .body(c -> """
                                {"role": "gm", "access": "owner"}"""),
                row("GET", CAMPAIGN + "/invites", GOVERNOR_READ, null, State.SHARED, 200),
                row("DELETE", CAMPAIGN + "/invites/{inviteId}", MANAGERS, "invite.revoke", State.READY, 204)
                        .prepare(c -> c.bind("inviteId", c.t.invite("player").at("/invite_id"))),
                row("POST", CAMPAIGN + "/invites/claim", INVITE_HOLDER, "invite.claim", State.READY, 201)
                        .prepare(c -> c.bind("code", c.t.invite("player").at("/code")))
                        .body(c -> """
                                {"code": "%s", "name": "Newcomer"}""".formatted(c.vars.get("code"))),

                // Daggerheart
                row("POST", CAMPAIGN + "/daggerheart/characters", CHARACTER_CONTROLLER,
                        "sys.daggerheart.character.create", State.READY, 201)
                        .variants("own character", "the manager's character")
                        .prepare(c -> c.bind("characterId",
                                c.t.character(c.role == PLAYER_ON_OTHERS ? c.t.managerId : c.t.playerId, "Bare")))
                        .body(c -> """
                                {"character_id": "%s", "character_class": "guardian"}"""
                                .formatted(c.vars.get("characterId"))),
                // authorization comes before the game rules: a 409 must mean the caller was allowed to ask
                row("POST", CAMPAIGN + "/daggerheart/characters", CHARACTER_CONTROLLER,
                        "sys.daggerheart.character.create", State.SHARED, 409)
                        .scenario("a character that already has its sheet")
                        .variants("own character", "the manager's character")
                        .body(c -> """
                                {"character_id": "%s", "character_class": "guardian"}"""
                                .formatted(c.vars.get("characterId"))),
                row("GET", DH + "/characters", MEMBER_READ, null, State.SHARED, 200),
                row("GET", SHEET, MEMBER_READ, null, State.SHARED, 200),
                // the steps of character creation are out of game: between sessions
                row("PATCH", SHEET + "/profile", CHARACTER_CONTROLLER, "sys.daggerheart.character_profile.update",
                        State.READY, 200)
                        .variants("own character", "the manager's character")
                        .body(c -> """
                                {"description": "A new scar across the brow"}"""),
                row("GET", SHEET + "/state", MEMBER_READ, null, State.SHARED, 200),
                row("PATCH", SHEET + "/state", CHARACTER_CONTROLLER, "sys.daggerheart.character_state.patch",
                        State.IN_SESSION, 200)
                        .variants("own character", "the manager's character")
                        .body(c -> """
                                {"hope": 3, "before": {"hope": 2}, "reason": "prepare"}"""),
                row("POST", SHEET + "/hope/spend", CHARACTER_CONTROLLER, "sys.daggerheart.hope.spend",
                        State.IN_SESSION, 200)
                        .variants("own character", "the manager's character")
                        .body(c -> """
                                {"amount": 1, "reason": "help_an_ally"}"""),
                row("POST", SHEET + "/stress/spend", CHARACTER_CONTROLLER, "sys.daggerheart.stress.spend",
                        State.IN_SESSION, 200)
                        .variants("own character", "the manager's character")
                        .body(c -> """
                                {"amount": 1, "reason": "feature_cost"}"""),
                row("POST", SHEET + "/damage", CHARACTER_CONTROLLER, "sys.daggerheart.damage.apply",
                        State.IN_SESSION, 200)
                        .variants("own character", "the manager's character")
                        .body(c -> """
                                {"amount": 3, "damage_types": ["physical"], "source": "falling_rock"}"""),
                row("PUT", SHEET + "/conditions", CHARACTER_CONTROLLER, "sys.daggerheart.condition.change",
                        State.IN_SESSION, 200)
                        .variants("own character", "the manager's character")
                        .body(c -> """
                                {"conditions": ["hidden"], "added": ["hidden"], "removed": []}"""),
                // damage to several characters at once is the GM's
                row("POST", DH + "/damage", GM, "sys.daggerheart.multi_target_damage.apply", State.IN_SESSION, 200)
                        .body(c -> """
                                {"targets": [{"character_id": "%s"}, {"character_id": "%s"}], "amount": 3,
                                 "damage_types": ["magic"], "source": "fireball"}"""
                                .formatted(c.t.playerPc, c.t.managerPc)),
                row("POST", ACTION_ROLLS, CHARACTER_CONTROLLER, "sys.daggerheart.action_roll.resolve",
                        State.IN_SESSION, 201)
                        .variants("own character", "the manager's character")
                        .body(c -> """
                                {"character_id": "%s", "trait": "agility", "difficulty": 10,
                                 "physical_results": [9, 4]}""".formatted(c.vars.get("characterId"))),
                row("GET", ACTION_ROLLS, MEMBER_READ, null, State.SHARED, 200),
                row("GET", ACTION_ROLLS + "/{rollSeq}", MEMBER_READ, null, State.SHARED, 200),
                row("POST", ACTION_ROLLS + "/{rollSeq}/outcome", GM, "sys.daggerheart.roll_outcome.apply",
                        State.DUALITY_ROLLED, 200)
                        .header("Idempotency-Key", c -> "outcome-" + UUID.randomUUID()),
                row("GET", DH + "/gm-fear", MEMBER_READ, null, State.SHARED, 200),
                row("PUT", DH + "/gm-fear", GM, "sys.daggerheart.gm_fear.set", State.IN_SESSION, 200)
                        .prepare(c -> c.bind("fear", String.valueOf(
                                c.t.owner().get(c.path(CAMPAIGN + "/daggerheart/gm-fear")).json().at("/gm_fear")
                                        .asInt())))
                        .body(c -> """
                                {"before": %s, "after": %d, "reason": "spent"}"""
                                .formatted(c.vars.get("fear"), Integer.parseInt(c.vars.get("fear")) + 1)),
                // the first session seeded 1 Fear per PC: 2
                row("POST", DH + "/gm-fear/gain", GM, "sys.daggerheart.gm_fear.gain", State.IN_SESSION, 200)
                        .body(c -> """
                                {"amount": 1, "reason": "adversary_momentum"}"""),
                row("POST", DH + "/gm-fear/spend", GM, "sys.daggerheart.gm_fear.spend", State.IN_SESSION, 200)
                        .body(c -> """
                                {"amount": 1, "reason": "interrupt"}"""),
                row("GET", DH + "/settings", MEMBER_READ, null, State.SHARED, 200),
                // the campaign's optional rules are chosen between sessions
                row("PUT", DH + "/settings", GM, "sys.daggerheart.campaign_settings.update", State.READY, 200)
                        .body(c -> """
                                {"massive_damage": true}"""),
                // countdowns are the GM's, prepared between sessions or in play; players read the visible ones
                row("POST", COUNTDOWNS, GM, "sys.daggerheart.countdown.create", State.READY, 201)
                        .body(c -> """
                                {"name": "The ritual completes", "tone": "consequence", "policy": "action_dynamic",
                                 "starting_value": 4}"""),
                row("GET", COUNTDOWNS, MEMBER_READ, null, State.READY, 200)
                        .prepare(AuthorizationMatrixIT::countdowns)
                        .then(AuthorizationMatrixIT::playersSeeOnlyTheVisibleCountdown),
                row("GET", COUNTDOWN, MEMBER_READ, null, State.READY, 200)
                        .prepare(AuthorizationMatrixIT::countdowns),
                row("PATCH", COUNTDOWN, GM, "sys.daggerheart.countdown.update", State.READY, 200)
                        .prepare(AuthorizationMatrixIT::countdowns)
                        .body(c -> """
                                {"name": "The rite", "visible_to_players": false}"""),
                row("POST", COUNTDOWN + "/advance", GM, "sys.daggerheart.countdown.advance", State.IN_SESSION, 200)
                        .prepare(AuthorizationMatrixIT::countdowns)
                        .body(c -> """
                                {"amount": 1, "before": 4, "reason": "feature_tick"}"""),
                row("POST", COUNTDOWN + "/resolve-trigger", GM, "sys.daggerheart.countdown.trigger_resolve",
                        State.IN_SESSION, 200)
                        .prepare(c -> {
                            countdowns(c);
                            c.t.expect(c.t.owner().post(c.path(COUNTDOWN + "/advance"), """
                                    {"amount": 4}"""), 200);
                        }),
                row("DELETE", COUNTDOWN, GM, "sys.daggerheart.countdown.delete", State.READY, 204)
                        .prepare(AuthorizationMatrixIT::countdowns),
                // Daggerheart character progress: temporary armor, the scene's end, loadout swaps, death moves,
                // level-ups (the GM grants between sessions, the player applies)
                row("POST", SHEET + "/temporary-armor", CHARACTER_CONTROLLER,
                        "sys.daggerheart.character_temporary_armor.apply", State.IN_SESSION, 200)
                        .variants("own character", "the manager's character")
                        .body(c -> """
                                {"source": "shield_spell", "duration": "scene", "amount": 1}"""),
                row("POST", DH + "/scene/end", GM, "sys.daggerheart.scene.end", State.IN_SESSION, 200),
                row("POST", SHEET + "/loadout/swap", CHARACTER_CONTROLLER, "sys.daggerheart.loadout.swap",
                        State.IN_SESSION, 200)
                        .variants("own character", "the manager's character")
                        .body(c -> """
                                {"card_id": "bone-untouchable", "to": "vault"}"""),
                // the character marked their last HP (a Ranger has 6): they fall and make a death move
                row("POST", SHEET + "/death-move", CHARACTER_CONTROLLER, "sys.daggerheart.death_move.apply",
                        State.IN_SESSION, 200)
                        .variants("own character", "the manager's character")
                        .prepare(c -> c.t.expect(c.t.owner().patch(c.path(SHEET + "/state"), """
                                {"hp_marked": 6}"""), 200))
                        .body(c -> """
                                {"session_id": "%s", "move": "avoid_death", "physical_results": [12]}"""
                                .formatted(c.t.sessionId)),
                // undo: the GM takes back a decision, named by one of its events (a damage, prepared for each call)
                row("POST", DH + "/undo", GM, "sys.daggerheart.decision.undo", State.IN_SESSION, 200)
                        .prepare(AuthorizationMatrixIT::aDamageToUndo)
                        .body(c -> """
                                {"event_id": "%s"}""".formatted(c.vars.get("eventId"))),
                // the party rests: a player rests their own characters, a rest of others' is a GM's
                row("POST", DH + "/sessions/{sessionId}/rests", CHARACTER_CONTROLLER, "sys.daggerheart.rest.take",
                        State.IN_SESSION, 200)
                        .variants("own character", "the manager's character")
                        .body(c -> """
                                {"type": "short", "party": [{"character_id": "%s",
                                 "moves": [{"move": "clear_stress", "die": 2}, {"move": "prepare"}]}], "fear_die": 3}"""
                                .formatted(c.vars.get("characterId"))),
                row("POST", SHEET + "/level-up/grant", GM, "sys.daggerheart.level_up.grant", State.READY, 200),
                row("POST", SHEET + "/level-up", CHARACTER_CONTROLLER, "sys.daggerheart.level_up.apply", State.READY,
                        200)
                        .variants("own character", "the manager's character")
                        .prepare(c -> c.t.expect(c.t.owner().post(c.path(SHEET + "/level-up/grant"), ""), 200))
                        .body(c -> """
                                {"new_experience": "Archery",
                                 "advancements": [{"option": "hp_slot"}, {"option": "stress_slot"}],
                                 "domain_card": {"card_id": "bone-2", "name": "Bone Two", "domain": "bone",
                                                 "level": 2, "recall_cost": 1, "type": "ability"}}"""),

                // Daggerheart adversaries: every change is a GM's; everyone at the table reads them, players without
                // the stat blocks
                row("POST", ADVERSARIES, GM, "sys.daggerheart.adversary.create", State.IN_SESSION, 201)
                        .body(c -> Api.JAGGED_KNIFE_BANDIT),
                row("GET", ADVERSARIES, MEMBER_READ, null, State.SHARED, 200),
                row("GET", ADVERSARY, MEMBER_READ, null, State.IN_SESSION, 200)
                        .prepare(AuthorizationMatrixIT::anAdversary)
                        .then(AuthorizationMatrixIT::onlyGmsSeeTheStatBlock),
                row("PATCH", ADVERSARY, GM, "sys.daggerheart.adversary.update", State.IN_SESSION, 200)
                        .prepare(AuthorizationMatrixIT::anAdversary)
                        .body(c -> """
                                {"hp_marked": 1, "before": {"hp_marked": 0}}"""),
                row("DELETE", ADVERSARY, GM, "sys.daggerheart.adversary.delete", State.IN_SESSION, 204)
                        .prepare(AuthorizationMatrixIT::anAdversary),
                row("POST", ADVERSARY + "/reveal", GM, "sys.daggerheart.adversary.reveal", State.IN_SESSION, 200)
                        .prepare(AuthorizationMatrixIT::anAdversary),
                row("PUT", ADVERSARY + "/conditions", GM, "sys.daggerheart.adversary_condition.change",
                        State.IN_SESSION, 200)
                        .prepare(AuthorizationMatrixIT::anAdversary)
                        .body(c -> """
                                {"conditions": ["restrained"]}"""),
                row("POST", ADVERSARY + "/damage", GM, "sys.daggerheart.adversary_damage.apply", State.IN_SESSION,
                        200)
                        .prepare(AuthorizationMatrixIT::anAdversary)
                        .body(c -> """
                                {"amount": 3, "damage_types": ["physical"]}"""),
                row("POST", ADVERSARY + "/attacks", GM, "sys.daggerheart.adversary_attack.resolve", State.IN_SESSION,
                        201)
                        .prepare(AuthorizationMatrixIT::anAdversary)
                        .body(c -> """
                                {"targets": [{"character_id": "%s"}], "physical_results": [12, 4]}"""
                                .formatted(c.t.playerPc)),
                row("GET", ADVERSARY + "/attacks", MEMBER_READ, null, State.IN_SESSION, 200)
                        .prepare(AuthorizationMatrixIT::anAdversary),

                // sessions
                row("POST", CAMPAIGN + "/sessions", MANAGERS, "session.start", State.READY, 201)
                        .body(c -> """
                                {"name": "Session zero"}"""),
                row("GET", CAMPAIGN + "/sessions", MEMBER_READ, null, State.SHARED, 200),
                row("GET", CAMPAIGN + "/sessions/active", MEMBER_READ, null, State.SHARED, 200),
                row("GET", SESSION, MEMBER_READ, null, State.SHARED, 200),
                row("GET", SESSION + "/dice", MEMBER_READ, null, State.SHARED, 200),
                row("POST", SESSION + "/end", MANAGERS, "session.end", State.IN_SESSION, 200),
                row("PUT", SESSION + "/spotlight", GM, "session.spotlight.set", State.IN_SESSION, 200)
                        .body(c -> """
                                {"type": "character", "character_id": "%s"}""".formatted(c.t.playerPc)),
                row("DELETE", SESSION + "/spotlight", GM, "session.spotlight.clear", State.SPOTLIT, 200),

                // gates
                row("POST", SESSION + "/gates", MANAGERS, "session.gate_open", State.IN_SESSION, 201)
                        .body(c -> """
                                {"gate_type": "vote", "reason": "Which road?", "eligible_participant_ids": []}"""),
                row("GET", SESSION + "/gates", MEMBER_READ, null, State.SHARED, 200),
                row("GET", GATE, MEMBER_READ, null, State.SHARED, 200),
                row("POST", GATE + "/responses", SELF_OR_MANAGER, "session.gate_record_response", State.GATE_OPEN,
                        200)
                        .variants("for themselves", "for the member GM")
                        .body(c -> switch (c.role) {
                            // owners and managers (and the admin) answer for someone else; the rest for themselves
                            case PLAYER, MEMBER_GM -> """
                                    {"decision": "left"}""";
                            case PLAYER_ON_OTHERS -> """
                                    {"participant_id": "%s", "decision": "left"}""".formatted(c.t.gmId);
                            default -> """
                                    {"participant_id": "%s", "decision": "left"}""".formatted(c.t.playerId);
                        }),
                row("POST", GATE + "/resolve", MANAGERS, "session.gate_resolve", State.GATE_OPEN, 200)
                        .body(c -> """
                                {"decision": "left", "resolution": "They take the left road."}"""),
                row("POST", GATE + "/abandon", MANAGERS, "session.gate_abandon", State.GATE_OPEN, 200)
                        .body(c -> """
                                {"reason": "Later."}"""),

                // play
                row("POST", SESSION + "/rolls", MEMBER, "action.roll.resolve", State.IN_SESSION, 201)
                        .body(c -> """
                                {"character_id": "%s", "label": "attack", "dice": [{"count": 2, "sides": 12}],
                                 "modifier": 1}""".formatted(c.t.playerPc)),
                row("POST", SESSION + "/rolls/{rollSeq}/outcome", GM, "action.outcome.apply", State.ROLLED, 200)
                        .header("Idempotency-Key", c -> "outcome-" + UUID.randomUUID())
                        .body(c -> """
                                {"targets": ["%s"], "requires_complication": false, "summary": "A clean hit."}"""
                                .formatted(c.t.playerPc)),
                row("POST", SESSION + "/rolls/{rollSeq}/outcome/reject", GM, "action.outcome.reject", State.ROLLED,
                        200)
                        .body(c -> """
                                {"reason_code": "retcon", "message": "We rewound that."}"""),

                // operator endpoints
                row("GET", "/admin/v1/catalog", ADMIN_ONLY, null, State.SHARED, 200),
                row("GET", "/admin/v1/projections", ADMIN_ONLY, null, State.SHARED, 200),
                row("GET", "/admin/v1/projections/{projection}", ADMIN_ONLY, null, State.SHARED, 200)
                        .prepare(c -> c.bind("projection", "campaigns")),
                // the tests' application applies inline: the replay is done when it answers
                row("POST", "/admin/v1/projections/{projection}/replay", ADMIN_ONLY, null, State.SHARED, 200)
                        .prepare(c -> c.bind("projection", "daggerheart-gm")),
                row("GET", "/admin/v1/dead-letters", ADMIN_ONLY, null, State.SHARED, 200),
                // no dead letter has this id (DeadLetterIT parks, retries and evicts real ones)
                row("POST", "/admin/v1/dead-letters/{deadLetterId}/retry", ADMIN_ONLY, null, State.SHARED, 404)
                        .prepare(c -> c.bind("deadLetterId", UUID.randomUUID().toString())),
                row("POST", "/admin/v1/dead-letters/{deadLetterId}/evict", ADMIN_ONLY, null, State.SHARED, 404)
                        .prepare(c -> c.bind("deadLetterId", UUID.randomUUID().toString())),
                row("POST", "/admin/v1/projections/{projection}/verify", ADMIN_ONLY, null, State.SHARED, 200)
                        .prepare(c -> c.bind("projection", "daggerheart-gm")),
                // the tests' application applies inline: no projection has a shadow (ShadowModeIT compares them)
                row("POST", "/admin/v1/projections/{projection}/shadow/compare", ADMIN_ONLY, null, State.SHARED,
                        409).prepare(c -> c.bind("projection", "daggerheart-gm")),
                row("POST", "/admin/v1/journal/verify", ADMIN_ONLY, null, State.SHARED, 200),
                // session bundles: the owner exports; importing the table's own bundle here finds it exists
                row("GET", CAMPAIGN + "/bundle", OWNER_READ, null, State.SHARED, 200),
                row("GET", "/admin/v1/bundles/key", ADMIN_ONLY, null, State.SHARED, 200),
                row("POST", "/admin/v1/bundles", ADMIN_ONLY, null, State.SHARED, 409)
                        .prepare(c -> c.bind("bundle", c.t.expect(c.t.owner().get(c.path(CAMPAIGN + "/bundle")), 200)
                                .text()))
                        .body(c -> c.vars.get("bundle")),
                row("GET", "/actuator/health", ANYONE, null, State.SHARED, 200),
                row("GET", "/actuator/prometheus", ANYONE, null, State.SHARED, 200),
                row("GET", "/actuator/info", ADMIN_ONLY, null, State.SHARED, 200),
                row("GET", "/actuator/metrics", ADMIN_ONLY, null, State.SHARED, 200),
                row("GET", "/v3/api-docs", ANYONE, null, State.SHARED, 200));
    }

    /** Who leaves: the member player and member GM leave themselves, everyone else removes a fresh guest. */
    private static void chooseWhoLeaves(Call c) {
        switch (c.role) {
            case PLAYER -> {
                // a participant who owns characters cannot leave (a game rule): the GM deletes the character first
                c.t.expect(c.t.owner().delete(c.path(CAMPAIGN + "/characters/" + c.t.playerPc)), 204);
                c.bind("participantId", c.t.playerId);
            }
            case MEMBER_GM -> c.bind("participantId", c.t.gmId);
            default -> c.bind("participantId", c.t.join("Guest", "player"));
        }
    }

    /** The GM's countdowns: the visible ritual ({countdownId}) and a hidden ambush. */
    private static void countdowns(Call c) {
        c.t.expect(c.t.owner().post(c.path(COUNTDOWNS), """
                {"countdown_id": "ritual", "name": "The ritual completes", "tone": "consequence",
                 "policy": "action_dynamic", "starting_value": 4, "visible_to_players": true}"""), 201);
        c.t.expect(c.t.owner().post(c.path(COUNTDOWNS), """
                {"countdown_id": "ambush", "name": "The ambush", "policy": "action_standard", "starting_value": 2}"""),
                201);
        c.bind("countdownId", "ritual");
    }

    /** GMs (and the admin) see every countdown; players only those the GM made visible. */
    private static void playersSeeOnlyTheVisibleCountdown(Call c, Api.Response response) {
        List<String> ids = response.json().at("/items").valueStream().map(i -> i.at("/countdown_id").asString())
                .toList();
        switch (c.role) {
            case OWNER, MEMBER_GM, ADMIN -> assertThat(ids).as(c.role.label + "'s list")
                    .containsExactly("ritual", "ambush");
            default -> assertThat(ids).as(c.role.label + "'s list").containsExactly("ritual");
        }
    }

    /** An adversary the GM put on the table in the session, to call its endpoints on. */
    private static void aGmNote(Call c) {
        c.bind("noteId", c.t.expect(c.t.owner().post("/api/v1/campaigns/" + c.t.campaignId + "/gm-notes", """
                {"content": "A secret"}"""), 201).at("/note_id"));
    }

    /** A damage the GM dealt to the player's character, its event id read from the timeline's last page. */
    private static void aDamageToUndo(Call c) {
        String campaign = "/api/v1/campaigns/" + c.t.campaignId;
        c.t.expect(c.t.owner().post(campaign + "/daggerheart/characters/" + c.t.playerPc + "/damage", """
                {"amount": 3, "damage_types": ["physical"], "source": "falling_rock"}"""), 200);
        String eventId = null;
        String after = "0";
        while (after != null) {
            JsonNode page = c.t.expect(c.t.owner().get(campaign + "/timeline?limit=200&after_seq=" + after), 200)
                    .json();
            String found = eventId;
            eventId = page.at("/items").valueStream()
                    .filter(entry -> entry.at("/event_type").asString().equals("sys.daggerheart.damage_applied"))
                    .reduce((first, last) -> last).map(entry -> entry.at("/event_id").asString()).orElse(found);
            after = page.at("/next_after_seq").isNumber() ? page.at("/next_after_seq").asString() : null;
        }
        c.bind("eventId", eventId);
    }

    private static void anAdversary(Call c) {
        c.bind("adversaryId", c.t.expect(c.t.owner().daggerheartAdversary(c.t.campaignId, c.t.sessionId,
                Api.JAGGED_KNIFE_BANDIT), 201).at("/adversary_id"));
    }

    /** Everyone at the table sees an adversary; its stat block stays behind the GM's screen. */
    private static void onlyGmsSeeTheStatBlock(Call c, Api.Response response) {
        boolean seesIt = c.role == OWNER || c.role == MEMBER_GM || c.role == ADMIN;
        assertThat(response.json().at("/stat_block").isNull()).as(c.role.label + " sees the stat block: " + seesIt)
                .isEqualTo(!seesIt);
        assertThat(response.json().at("/name").asString()).isEqualTo("Jagged Knife Bandit");
    }

    /** A participant token opens one campaign: the list shows it alone, and never the table to an outsider. */
    private static void participantsListOnlyTheirOwnCampaign(Call c, Api.Response response) {
        List<String> ids = response.json().at("/items").valueStream().map(i -> i.at("/campaign_id").asString())
                .toList();
        switch (c.role) {
            case ADMIN -> assertThat(ids).as("the admin's list").isNotEmpty();
            case OUTSIDER -> assertThat(ids).as("the outsider's list").hasSize(1).doesNotContain(c.t.campaignId);
            default -> assertThat(ids).as(c.role.label + "'s list").containsExactly(c.t.campaignId);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The tests
    // ---------------------------------------------------------------------------------------------------------------

    @TestFactory
    Stream<DynamicContainer> everyEndpointAllowsAndDeniesEveryRoleAsItsPolicySays() {
        return matrix().stream().map(row -> DynamicContainer.dynamicContainer(
                row.title() + "  [" + (row.command == null ? "read" : row.command) + "]  allowed: "
                        + row.allowedLabel(),
                row.roles().map(role -> DynamicTest.dynamicTest(
                        row.roleLabel(role) + " -> " + row.expectation(role), () -> check(row, role)))));
    }

    @Test
    void everyApiAndAdminEndpointHasExactlyOneRow() {
        Set<String> endpoints = new TreeSet<>();
        handlerMapping.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType().getName().startsWith("org.springdoc.")) {
                return;
            }
            for (String path : info.getPatternValues()) {
                if (!underApiOrAdmin(path)) {
                    continue;
                }
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                if (methods.isEmpty()) {
                    endpoints.add("ANY-METHOD " + path);
                }
                methods.forEach(method -> endpoints.add(method.name() + " " + path));
            }
        });
        List<String> keys = matrix().stream().filter(row -> row.scenario == null).map(Row::key).toList();
        Set<String> rows = new TreeSet<>(keys);
        assertThat(keys).as("one row per endpoint").doesNotHaveDuplicates();
        assertThat(matrix().stream().filter(row -> row.scenario != null).map(Row::key))
                .as("scenario rows add to an endpoint's row").allMatch(rows::contains);
        // CampaignAccessInterceptor keeps participants in their campaign by the path variable's name
        assertThat(endpoints.stream().filter(e -> e.contains("/api/v1/campaigns/{")))
                .as("campaign paths name their campaign {campaignId}")
                .allMatch(e -> e.contains("/api/v1/campaigns/{campaignId}"));
        assertThat(endpoints).as("the handler mapping lists the API").hasSizeGreaterThan(20);

        Set<String> missing = new TreeSet<>(endpoints);
        missing.removeAll(rows);
        assertThat(missing).as("endpoints with no row in the authorization matrix").isEmpty();
        Set<String> stale = rows.stream().filter(AuthorizationMatrixIT::underApiOrAdminKey)
                .filter(key -> !endpoints.contains(key)).collect(Collectors.toCollection(TreeSet::new));
        assertThat(stale).as("matrix rows for endpoints that do not exist").isEmpty();
    }

    @Test
    void everyRowsCommandDeclaresTheAccessTheRowAsserts() {
        Map<String, Access> declared = catalog.commands().stream()
                .collect(Collectors.toMap(CommandDefinition::type, d -> d.policy().access()));
        List<String> mismatches = new ArrayList<>();
        for (Row row : matrix()) {
            if (row.command != null && row.who.access() != declared.get(row.command)) {
                mismatches.add(row.title() + " sends " + row.command + ": catalog says " + declared.get(row.command)
                        + ", the matrix asserts " + row.who.access());
            }
        }
        assertThat(mismatches).as("catalog policies the matrix disagrees with").isEmpty();
        Set<String> sent = matrix().stream().map(r -> r.command).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Set<String> unsent = new TreeSet<>(declared.keySet());
        unsent.removeAll(sent);
        // steps of larger decisions: the runtime sends them nested in another command, never an endpoint
        Set<String> nestedOnly = catalog.commands().stream().filter(d -> d.policy().nestedOnly())
                .map(CommandDefinition::type).collect(Collectors.toCollection(TreeSet::new));
        assertThat(nestedOnly).as("the catalog's nested-only commands").isNotEmpty();
        assertThat(sent).as("rows sending a nested-only command").doesNotContainAnyElementsOf(nestedOnly);
        unsent.removeAll(nestedOnly);
        assertThat(unsent).as("catalog commands no matrix row sends (add the endpoint's row; only nested-only "
                + "commands have none)").isEmpty();
    }

    private void check(Row row, Role role) {
        try {
            checkCall(row, role);
        } catch (AssertionError e) {
            // the report names dynamic tests by index: say which row and role failed
            throw new AssertionError("[" + row.title() + " as " + row.roleLabel(role) + "] " + e.getMessage(), e);
        }
    }

    private void checkCall(Row row, Role role) {
        Call call = prepare(row, role);
        Api.Response response = send(row, call);
        String context = row.title() + " as " + row.roleLabel(role) + " answered " + response.status() + " "
                + response.text();
        Expectation expected = row.expectation(role);
        if (expected.allowed()) {
            assertThat(response.status()).as("allowed, so never refused by authorization: " + context)
                    .isNotIn(401, 403);
            assertThat(response.status()).as(context).isEqualTo(expected.status());
            if (row.then != null) {
                row.then.accept(call, response);
            }
        } else {
            assertThat(response.status()).as("denied: " + context).isEqualTo(expected.status());
            assertThat(response.header("Content-Type")).as(context).startsWith("application/problem+json");
            assertThat(response.at("/code")).as(context).isEqualTo(expected.code());
        }
    }

    private Call prepare(Row row, Role role) {
        Table table = row.state == State.SHARED ? shared() : Table.build(new Api(port), row.state);
        Call call = new Call(role, table, api(role, table));
        row.prepare.accept(call);
        return call;
    }

    private Api.Response send(Row row, Call call) {
        String path = call.path(row.path);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(call.api.url(path)));
        String body = row.body.apply(call);
        if (body == null) {
            request.method(row.method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(row.method, HttpRequest.BodyPublishers.ofString(body));
        }
        Map<String, String> headers = new HashMap<>();
        row.headers.forEach((name, value) -> headers.put(name, value.apply(call)));
        if (row.streaming) {
            return EventStream.firstEvent(call.api, path, headers);
        }
        return call.api.send(request, headers);
    }

    private Api api(Role role, Table table) {
        Api anonymous = new Api(port);
        return switch (role) {
            case ANONYMOUS -> anonymous;
            case OWNER -> anonymous.as(table.ownerToken);
            case MANAGER -> anonymous.as(table.managerToken);
            case PLAYER, PLAYER_ON_OTHERS -> anonymous.as(table.playerToken);
            case MEMBER_GM -> anonymous.as(table.gmToken);
            case OUTSIDER -> anonymous.as(outsiderToken());
            case FORMER -> anonymous.as(table.formerToken);
            case ADMIN -> anonymous.as(DualityIntegrationTest.ADMIN_TOKEN);
        };
    }

    private synchronized Table shared() {
        if (shared == null) {
            // an open invite for the invite list (invites are out of game), then a session with a Duality roll for
            // the roll reads, and last an open gate (rolls wait while a gate is open)
            Table table = Table.build(new Api(port), State.READY);
            table.invite("player");
            table.advance(State.DUALITY_ROLLED);
            table.openGate();
            table.state = State.SHARED;
            shared = table;
        }
        return shared;
    }

    private synchronized String outsiderToken() {
        if (outsiderToken == null) {
            Api.Response other = new Api(port).createCampaign("Elsewhere");
            assertThat(other.status()).as(other.text()).isEqualTo(201);
            outsiderToken = other.at("/access_token");
        }
        return outsiderToken;
    }

    private static boolean underApiOrAdmin(String path) {
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/admin/") || path.equals("/admin");
    }

    private static boolean underApiOrAdminKey(String key) {
        return underApiOrAdmin(key.substring(key.indexOf(' ') + 1));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Rows, expectations and calls
    // ---------------------------------------------------------------------------------------------------------------

    record Expectation(boolean allowed, int status, String code) {
        @Override
        public String toString() {
            return allowed ? "allow " + status : "deny " + status + " " + code;
        }
    }

    private static Row row(String method, String path, Who who, String command, State state, int okStatus) {
        return new Row(method, path, who, command, state, okStatus);
    }

    static final class Row {
        final String method;
        final String path;
        final Who who;
        final String command;
        final State state;
        final int okStatus;
        Function<Call, String> body = c -> null;
        Consumer<Call> prepare = c -> { };
        final Map<String, Function<Call, String>> headers = new LinkedHashMap<>();
        BiConsumer<Call, Api.Response> then;
        /** When set, the member player is called twice: on their own thing and on someone else's. */
        String selfVariant;
        String othersVariant;
        /** A further case of an endpoint that already has its row: same endpoint, a request with its own rule. */
        String scenario;
        /** The answer is an event stream that stays open: the call reads its first event, then disconnects. */
        boolean streaming;

        Row(String method, String path, Who who, String command, State state, int okStatus) {
            this.method = method;
            this.path = path;
            this.who = who;
            this.command = command;
            this.state = state;
            this.okStatus = okStatus;
        }

        Row body(Function<Call, String> body) {
            this.body = body;
            return this;
        }

        Row prepare(Consumer<Call> prepare) {
            this.prepare = prepare;
            return this;
        }

        Row header(String name, Function<Call, String> value) {
            headers.put(name, value);
            return this;
        }

        Row then(BiConsumer<Call, Api.Response> then) {
            this.then = then;
            return this;
        }

        Row streaming() {
            this.streaming = true;
            return this;
        }

        Row scenario(String scenario) {
            this.scenario = scenario;
            return this;
        }

        Row variants(String self, String others) {
            this.selfVariant = self;
            this.othersVariant = others;
            return this;
        }

        String key() {
            return method + " " + path;
        }

        String title() {
            return key() + (scenario == null ? "" : " (" + scenario + ")");
        }

        Stream<Role> roles() {
            return Arrays.stream(Role.values()).filter(role -> role != PLAYER_ON_OTHERS || othersVariant != null);
        }

        String roleLabel(Role role) {
            if (role == PLAYER && selfVariant != null) {
                return role.label + ", " + selfVariant;
            }
            if (role == PLAYER_ON_OTHERS) {
                return role.label + ", " + othersVariant;
            }
            return role.label;
        }

        String allowedLabel() {
            return who.name() + " = " + roles().filter(who.allowed()::contains).map(this::roleLabel)
                    .collect(Collectors.joining(", "));
        }

        Expectation expectation(Role role) {
            if (who.allowed().contains(role)) {
                return new Expectation(true, okStatus, null);
            }
            if (role == FORMER) {
                return new Expectation(false, 401, AuthRejection.AUTH_TOKEN_INVALID.name());
            }
            if (role == ANONYMOUS) {
                return new Expectation(false, 401, AuthRejection.AUTH_TOKEN_MISSING.name());
            }
            RejectionCode refusal = who.refusals().get(role);
            if (refusal != null) {
                return new Expectation(false, 403, refusal.name());
            }
            if (role == OUTSIDER && path.contains("{campaignId}")) {
                return new Expectation(false, 403, AuthzRejection.AUTHZ_DENY_NOT_A_MEMBER.name());
            }
            throw new IllegalStateException(key() + ": no expectation for " + role + " (a Who without a refusal)");
        }
    }

    /** One call: the role, its table, its client, and the path variables and values the request uses. */
    static final class Call {
        final Role role;
        final Table t;
        final Api api;
        final Map<String, String> vars = new HashMap<>();

        Call(Role role, Table t, Api api) {
            this.role = role;
            this.t = t;
            this.api = api;
            bind("campaignId", t.campaignId);
            bind("participantId", t.playerId);
            bind("characterId", role == PLAYER_ON_OTHERS ? t.managerPc : t.playerPc);
            bind("sessionId", t.sessionId);
            bind("gateId", t.gateId);
            bind("rollSeq", t.rollSeq);
        }

        void bind(String name, String value) {
            vars.put(name, value);
        }

        /** The role's own participant id in the table, or null for callers who are not seated there. */
        String self() {
            return switch (role) {
                case OWNER -> t.ownerId;
                case MANAGER -> t.managerId;
                case PLAYER, PLAYER_ON_OTHERS -> t.playerId;
                case MEMBER_GM -> t.gmId;
                default -> null;
            };
        }

        String selfOr(String fallback) {
            return self() == null ? fallback : self();
        }

        String path(String template) {
            Matcher matcher = VARIABLE.matcher(template);
            StringBuilder path = new StringBuilder();
            while (matcher.find()) {
                String value = vars.get(matcher.group(1));
                if (value == null) {
                    fail("no value for {" + matcher.group(1) + "} in " + template + " at state " + t.state);
                }
                matcher.appendReplacement(path, Matcher.quoteReplacement(value));
            }
            return matcher.appendTail(path).toString();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The fixture: a table of four participants and two ready characters, built through the API by its owner
    // ---------------------------------------------------------------------------------------------------------------

    static final class Table {
        final Api anonymous;
        State state;
        String campaignId;
        String ownerId;
        String ownerToken;
        String managerId;
        String managerToken;
        String playerId;
        String playerToken;
        String gmId;
        String gmToken;
        String formerToken;
        String playerPc;
        String managerPc;
        String sessionId;
        String gateId;
        String rollSeq;

        private Table(Api anonymous, State state) {
            this.anonymous = anonymous;
            this.state = state;
        }

        static Table build(Api anonymous, State state) {
            Table t = new Table(anonymous, state);
            Api.Response created = t.expect(anonymous.createCampaign("Matrix table"), 201);
            t.campaignId = created.at("/campaign_id");
            t.ownerId = created.at("/owner_participant_id");
            t.ownerToken = created.at("/access_token");
            Api.Response manager = t.claim("player", "manager", "Riley");
            t.managerId = manager.at("/participant_id");
            t.managerToken = manager.at("/access_token");
            Api.Response player = t.claim("player", "member", "Sam");
            t.playerId = player.at("/participant_id");
            t.playerToken = player.at("/access_token");
            Api.Response gm = t.claim("gm", "member", "Kit");
            t.gmId = gm.at("/participant_id");
            t.gmToken = gm.at("/access_token");
            Api.Response former = t.claim("player", "member", "Jo");
            t.formerToken = former.at("/access_token");
            t.expect(anonymous.as(t.formerToken).delete(t.campaignPath() + "/participants/"
                    + former.at("/participant_id") + "?reason=moved"), 204);
            t.playerPc = t.character(t.playerId, "Marlowe");
            t.managerPc = t.character(t.managerId, "Wren");
            t.readySheet(t.playerPc);
            t.readySheet(t.managerPc);
            return state == State.READY ? t : t.advance(state);
        }

        /** From a ready table to {@code state}, through the API as the owner. */
        Table advance(State state) {
            Table t = this;
            t.state = state;
            t.sessionId = t.expect(t.owner().post(t.campaignPath() + "/sessions", "{}"), 201).at("/session_id");
            switch (state) {
                case GATE_OPEN -> t.openGate();
                case ROLLED -> t.rollSeq = String.valueOf(t.expect(t.owner().post(t.sessionPath() + "/rolls", """
                        {"dice": [{"count": 2, "sides": 12}]}"""), 201).json().at("/roll_seq").asLong());
                // the table's dice: Hope 9, Fear 4, a success with Hope; its outcome gives the roller 1 Hope
                case DUALITY_ROLLED -> t.rollSeq = String.valueOf(t.expect(t.owner().post(
                        t.campaignPath() + "/daggerheart/sessions/" + t.sessionId + "/action-rolls", """
                                {"character_id": "%s", "trait": "agility", "difficulty": 10,
                                 "physical_results": [9, 4]}""".formatted(t.playerPc)), 201)
                        .json().at("/roll_seq").asLong());
                case SPOTLIT -> t.expect(t.owner().put(t.sessionPath() + "/spotlight", """
                        {"type": "gm"}"""), 200);
                case ACTIVE_IDLE, ARCHIVED -> {
                    t.expect(t.owner().post(t.sessionPath() + "/end", ""), 200);
                    if (state == State.ARCHIVED) {
                        t.expect(t.owner().post(t.campaignPath() + "/archive", ""), 200);
                    }
                }
                default -> {
                    // IN_SESSION: nothing more
                }
            }
            return t;
        }

        Api owner() {
            return anonymous.as(ownerToken);
        }

        void openGate() {
            gateId = expect(owner().post(sessionPath() + "/gates", """
                    {"gate_type": "vote", "reason": "Which road?"}"""), 201).at("/gate_id");
        }

        String campaignPath() {
            return "/api/v1/campaigns/" + campaignId;
        }

        String sessionPath() {
            return campaignPath() + "/sessions/" + sessionId;
        }

        Api.Response invite(String role) {
            return expect(owner().post(campaignPath() + "/invites", """
                    {"role": "%s"}""".formatted(role)), 201);
        }

        Api.Response claim(String role, String access, String name) {
            String code = expect(owner().post(campaignPath() + "/invites", """
                    {"role": "%s", "access": "%s"}""".formatted(role, access)), 201).at("/code");
            return expect(anonymous.post(campaignPath() + "/invites/claim", """
                    {"code": "%s", "name": "%s"}""".formatted(code, name)), 201);
        }

        String join(String name, String role) {
            return expect(owner().post(campaignPath() + "/participants", """
                    {"name": "%s", "role": "%s"}""".formatted(name, role)), 201).at("/participant_id");
        }

        String character(String ownerParticipantId, String name) {
            return expect(owner().post(campaignPath() + "/characters", """
                    {"name": "%s", "kind": "pc", "owner_participant_id": "%s"}"""
                    .formatted(name, ownerParticipantId)), 201).at("/character_id");
        }

        /** A Daggerheart sheet with every creation step done, so the character may play. */
        void readySheet(String characterId) {
            expect(owner().readyDaggerheartCharacter(campaignId, characterId), 200);
        }

        Api.Response expect(Api.Response response, int status) {
            assertThat(response.status()).as("fixture (" + state + "): " + response.text()).isEqualTo(status);
            return response;
        }
    }
}
