package dev.duality.app.play;

import dev.duality.app.support.Api;
import dev.duality.app.support.Browser;
import dev.duality.app.support.DualityIntegrationTest;
import dev.duality.app.support.FaultyProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A GM and a player, each in their own headless Chromium, play a combat round through the page at /play: the GM
 * creates the campaign and invites the player, the player joins and builds a character (a second player joins through
 * the API), the GM starts the session, the player rolls, the GM applies the outcome, an adversary attacks, the player
 * takes the hit on an Armor Slot, the GM deals damage to both characters at once and sets a condition, the player
 * spends Hope. Each sees the other's changes through the live event
 * stream, without reloading; the player's connection is cut and comes back, and the page resumes where it stopped.
 * Screenshots of both screens are written to target/screenshots.
 */
@DualityIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TablePageBrowserIT {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    private Browser gm;
    private Browser player;
    /** The player's network: their browser reaches the service through it, so the test can take it away. */
    private FaultyProxy network;

    @BeforeAll
    void browsers() throws IOException {
        network = new FaultyProxy("127.0.0.1", port, 11);
        gm = Browser.open(1400, 1000);
        player = Browser.open(412, 915);
    }

    @AfterAll
    void close() throws IOException {
        try (Browser a = gm; Browser b = player; FaultyProxy c = network) {
            // closes all three
        }
    }

    @Test
    void aGmAndAPlayerPlayACombatRoundEachSeeingTheOthersChangesLive() throws IOException {
        String service = "http://localhost:" + port;
        String playerService = "http://localhost:" + network.port();

        // --- the GM starts a campaign; the access key is shown once, never in a URL
        gm.go(service + "/play");
        assertThat(gm.url()).endsWith("/play/");
        assertThat(gm.audit()).as("labels, names and contrast of the page that starts or joins").isEmpty();
        gm.fill("#create-name", "The Witherwild");
        gm.fill("#create-owner", "Morgan");
        gm.click("#create-form button[type=submit]");
        String key = gm.value("#key-text");
        assertThat(key).startsWith("duality1.").contains(".dpt_");
        gm.click("#key-done");
        assertThat(gm.url()).doesNotContain("dpt_");
        gm.waitForText("#whoami", "Morgan · GM");
        gm.waitForText("#live-status", "Live");

        // --- an invite for a player; the player claims it from their own browser and names a character
        gm.click("#invite-form button[type=submit]");
        String campaign = gm.text("#invite-campaign");
        String code = gm.text("#invite-code");
        assertThat(gm.value("#invite-link")).isEqualTo(service + "/play/#join=" + campaign + "/" + code);

        player.go(playerService + "/play/#join=" + campaign + "/" + code);
        assertThat(player.value("#join-campaign")).isEqualTo(campaign);
        assertThat(player.value("#join-code")).isEqualTo(code);
        player.fill("#join-name", "Ash");
        player.click("#join-form button[type=submit]");
        assertThat(player.value("#key-text")).startsWith("duality1." + campaign + ".");
        player.click("#key-done");
        assertThat(player.url()).doesNotContain("dinv_").doesNotContain("dpt_");
        player.waitForText("#whoami", "Ash · Player");
        gm.waitForText("#people-body", "Ash");

        // --- the player builds Sable, a ranger; a refusal is shown with its code and the field marked
        player.fill("#character-name", "Sable");
        player.click("#character-form button[type=submit]");
        player.choose("#dh-class", "Ranger");
        player.choose("#dh-subclass", "Wayfinder");
        player.click("#dh-class-form button[type=submit]");
        player.find("#dh-profile-form");
        gm.waitForText("#dh-party", "Sable");
        player.choose("#dh-ancestry", "Elf");
        player.choose("#dh-community", "Wildborne");
        player.chooseValue("#dh-trait-strength", "2");
        player.fill("#dh-primary", "Shortbow");
        player.fill("#dh-exp-0", "Tracker");
        player.fill("#dh-exp-1", "Quiet steps");
        player.fill("#dh-card-0", "Untouchable");
        player.fill("#dh-card-1", "Gifted Tracker");
        player.fill("#dh-description", "Tall and quiet");
        player.fill("#dh-background", "Raised by the forest's wolves");
        player.fill("#dh-connections", "Owes Morgan's character a life");
        player.click("#dh-profile-form button[type=submit]");
        assertThat(player.waitForText("#notice", "DAGGERHEART_TRAITS_NOT_STARTING_ARRAY")).contains("(traits)");
        player.chooseValue("#dh-trait-strength", "1");
        player.click("#dh-profile-form button[type=submit]");
        player.waitForText("#dh-my-card", "Sable");
        assertThat(player.text("#dh-my-sheet")).contains("Agility +2", "Tracker +2", "Untouchable", "Shortbow");

        // --- a second player joins from another client (the HTTP API): Riley, whose Marlowe is ready to play
        Api gmApi = new Api(port).as(key.substring(key.indexOf(".dpt_") + 1));
        Api.Response riley = gmApi.invitePlayer(campaign, "Riley");
        assertThat(riley.status()).isEqualTo(201);
        Api rileyApi = gmApi.as(riley.at("/access_token"));
        String marlowe = rileyApi.createCharacter(campaign, "Marlowe", "pc", riley.at("/participant_id"))
                .at("/character_id");
        assertThat(rileyApi.readyDaggerheartCharacter(campaign, marlowe).status()).isEqualTo(200);
        gm.waitForText("#dh-party", "Marlowe");
        player.waitForText("#dh-party", "Marlowe");

        // --- the GM starts the session: Fear is seeded with one per PC, on both screens
        gm.fill("#session-name", "Session 1");
        gm.click("#start-form button[type=submit]");
        gm.waitForText("#session-body", "Session 1 is running");
        gm.waitForText("#dh-fear-count", "2 of 12");
        player.waitForText("#session-body", "Session 1 is running");
        player.waitForText("#dh-fear-count", "2 of 12");
        assertThat(player.text("#dice-commitment")).contains("Server dice committed");

        // --- the spotlight on Sable; she rolls with the table's dice (Hope 5, Fear 9, Agility +2 = 16 vs 12)
        gm.choose("#spotlight-target", "Sable");
        gm.click("#spotlight-set button[type=submit]");
        player.waitForText("#spotlight-now", "Sable");
        player.fill("#dh-roll-difficulty", "12");
        player.click("#dh-roll details summary");
        player.fill("#dh-roll-hope", "5");
        player.fill("#dh-roll-fear", "9");
        player.click("#dh-roll button[type=submit]");
        String result = player.waitForText("#dh-roll-result", "Success with Fear");
        assertThat(result).contains("Hope 5, Fear 9, Agility +2 = 16 against 12", "the GM gains 1 Fear");

        // --- the GM sees the roll live and applies its outcome: Fear 2, a consequence gate, the spotlight to the GM
        gm.waitForText("#dh-rolls", "Success with Fear");
        gm.click("[data-apply]");
        gm.waitForText("#dh-fear-count", "3 of 12");
        player.waitForText("#dh-fear-count", "3 of 12");
        player.waitForText("#spotlight-now", "The GM");
        gm.waitForText("#gate-body", "Gm consequence");
        player.waitForText("#gate-body", "Gm consequence");
        gm.click("#gate-close button[value=resolve]");
        gm.find("#gate-open");

        // --- a Zombie Pack enters; the player sees it without its stat block
        gm.click("#dh-adversary-add button[type=submit]");
        gm.waitForText("#dh-adversaries", "Difficulty 8");
        assertThat(player.waitForText("#dh-adversaries", "Zombie Pack")).doesNotContain("Difficulty");

        // --- it attacks Sable with the GM's table dice (d20 15 - 1 = 14 against Evasion 12: a hit; 1d10+2 with a 6)
        gm.choose("[data-adversary-attack] select[name=target]", "Sable");
        gm.fill("[data-adversary-attack] input[name=physical_results]", "15, 6");
        gm.click("[data-adversary-attack] button[type=submit]");
        gm.waitForText("[data-attacks]", "Sable hit for 8, waiting for the player");
        player.waitForText("[data-incoming]", "Zombie Pack's Bite hits you for 8");
        player.click("[data-incoming] [data-take=armor]");
        assertThat(player.waitForText("#dh-my-sheet", "Sable took 8"))
                .contains("Major damage, an Armor Slot made it Minor damage (1 HP marked)");
        String sable = "#dh-party [data-character='" + player.script(
                "return document.querySelector('#dh-my-card [data-character]').dataset.character") + "']";
        gm.waitForText(sable + " [data-track=armor] .count", "1/3");
        gm.waitForText("[data-attacks]", "taken");

        // --- the GM deals 9 to both (Major, lowered by an Armor Slot to 1 HP each, in one decision) and makes Sable
        //     vulnerable
        gm.waitForText(sable + " [data-track=hp] .count", "1/6");
        gm.click(sable + " [data-target]");
        gm.click("#dh-party [data-character='" + marlowe + "'] [data-target]");
        gm.fill("#dh-damage-amount", "9");
        gm.click("#dh-damage-form button[value=preview]");
        assertThat(gm.waitForText("#dh-damage-result", "Preview, nothing applied"))
                .contains("Sable would take 9: Major damage, an Armor Slot made it Minor damage (1 HP to mark).",
                        "Marlowe would take 9");
        assertThat(gm.text(sable + " [data-track=hp] .count")).isEqualTo("1/6");
        gm.click("#dh-damage-form button[value=apply]");
        assertThat(gm.waitForText("#dh-damage-result", "Sable took 9"))
                .contains("Sable took 9: Major damage, an Armor Slot made it Minor damage (1 HP marked).",
                        "Marlowe took 9: Major damage, an Armor Slot made it Minor damage (1 HP marked).");
        player.waitForText("#dh-party [data-track=hp] .count", "1/6");
        player.waitForText("#dh-my-card [data-track=hp] .count", "2/6");
        player.waitForText("#dh-my-card [data-track=armor] .count", "2/3");
        gm.click(sable + " [data-condition=vulnerable]");
        player.find("#dh-my-card [data-condition=vulnerable][aria-pressed=true]");

        // --- the player spends Hope; the GM sees it
        String hope = player.text("#dh-my-card [data-track=hope] .count");
        int hopeAfter = Integer.parseInt(hope.split("/")[0]) - 1;
        player.click("#dh-my-card [data-spend-hope]");
        gm.waitForText(sable + " [data-track=hope] .count", hopeAfter + "/6");

        // --- a countdown the GM hides stays off the player's screen and log; a visible one shows on both
        gm.fill("#dh-cd-name", "The ritual");
        gm.click("#dh-countdown-add input[name=visible_to_players]");
        gm.click("#dh-countdown-add button[type=submit]");
        gm.waitForText("#dh-countdowns", "The ritual");
        gm.fill("#dh-cd-name", "The bridge collapses");
        gm.click("#dh-countdown-add input[name=visible_to_players]");
        gm.click("#dh-countdown-add button[type=submit]");
        player.waitForText("#dh-countdowns", "The bridge collapses");
        assertThat(player.text("#dh-countdowns")).doesNotContain("The ritual");
        assertThat(logTypes(gm)).contains("sys.daggerheart.countdown_created");
        assertThat(countdownsCreatedInLog(player)).isEqualTo(1);
        assertThat(countdownsCreatedInLog(gm)).isEqualTo(2);

        // --- a GM's secret note: in the GMs' log only, until a GM reveals it from there
        gm.fill("#note-text", "The miller is the cult's informant.");
        gm.click("#note-secret");
        gm.click("#note-form button[type=submit]");
        gm.waitForText("#log", "GM note (secret)");
        gm.click("[data-reveal-note]");
        assertThat(player.waitForText("#log", "GM note revealed")).contains("cult's informant")
                .doesNotContain("GM note (secret)");

        // --- the GM shows the players the pack's stat block
        gm.click("[data-adversary] [data-reveal]");
        player.waitForText("#dh-adversaries", "Difficulty 8");

        // --- the player's network drops; meanwhile the GM advances the visible countdown and gains Fear
        network.down();
        player.waitForText("#live-status", "Reconnecting");
        List<Long> seenBefore = logSeqs(player);
        gm.click("[data-countdown]:last-child [data-advance]");
        gm.waitForText("#dh-countdowns", "3 of 4");
        gm.press("#dh-fear-gain", Keys.ENTER);
        gm.waitForText("#dh-fear-count", "4 of 12");
        network.up();
        player.waitForText("#live-status", "Live");
        player.waitForText("#dh-countdowns", "3 of 4");
        player.waitForText("#dh-fear-count", "4 of 12");
        List<Long> seenAfter = logSeqs(player);
        assertThat(seenAfter).as("the log resumed after the last event it had: each event once")
                .doesNotHaveDuplicates().containsAll(seenBefore);
        assertThat(seenAfter.size()).isGreaterThan(seenBefore.size());
        assertThat(seenAfter.get(0)).isEqualTo(maxSeq(gm));

        // --- a reload signs in from the browser's storage, without showing the key again
        player.go(playerService + "/play/");
        player.waitForText("#whoami", "Ash · Player");
        assertThat(player.script("return document.getElementById('key-dialog').open")).isEqualTo(false);
        player.waitForText("#dh-my-card", "Sable");

        // --- the GM hits Marlowe alone, then takes it back from the log: the undo restores his tracks on both screens
        String marloweCard = "#dh-party [data-character='" + marlowe + "']";
        gm.click(sable + " [data-target]");
        gm.fill("#dh-damage-amount", "9");
        gm.click("#dh-damage-form button[value=apply]");
        gm.waitForText("#dh-damage-result", "Marlowe took 9");
        gm.waitForText(marloweCard + " [data-track=hp] .count", "2/6");
        player.waitForText(marloweCard + " [data-track=hp] .count", "2/6");
        gm.click("#log li[data-type='sys.daggerheart.damage_applied'] [data-undo]");
        gm.waitForText(marloweCard + " [data-track=hp] .count", "1/6");
        gm.waitForText(marloweCard + " [data-track=armor] .count", "1/3");
        player.waitForText(marloweCard + " [data-track=hp] .count", "1/6");
        assertThat(gm.waitForText("#log", "Undone (damage)")).contains("character restored");
        assertThat(gm.text(sable + " [data-track=hp] .count")).isEqualTo("2/6");

        assertThat(gm.audit()).as("labels, names and contrast on the GM's screen").isEmpty();
        assertThat(player.audit()).as("labels, names and contrast on the player's view").isEmpty();
        gm.screenshot(SCREENSHOTS.resolve("gm-screen.png"));
        player.screenshot(SCREENSHOTS.resolve("player-view.png"));
        assertThat(gm.scriptErrors()).isEmpty();
        assertThat(player.scriptErrors()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<String> logTypes(Browser browser) {
        return (List<String>) browser.script(
                "return [...document.querySelectorAll('#log li')].map(li => li.dataset.type)");
    }

    private static long countdownsCreatedInLog(Browser browser) {
        return logTypes(browser).stream().filter("sys.daggerheart.countdown_created"::equals).count();
    }

    /** The seqs of the log's entries, newest first. */
    @SuppressWarnings("unchecked")
    private static List<Long> logSeqs(Browser browser) {
        return ((List<String>) browser.script(
                "return [...document.querySelectorAll('#log li')].map(li => li.dataset.seq)"))
                .stream().map(Long::parseLong).toList();
    }

    private static long maxSeq(Browser browser) {
        return new HashSet<>(logSeqs(browser)).stream().mapToLong(Long::longValue).max().orElseThrow();
    }
}
