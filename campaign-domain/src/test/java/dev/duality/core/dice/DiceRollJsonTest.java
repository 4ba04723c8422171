package dev.duality.core.dice;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.duality.core.rejection.Rejected;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rolls live in events, so they must survive the journal's Jackson 2 mapper (and a strict one) unchanged. */
class DiceRollJsonTest {
    /** Strict: fails on unknown properties, so a written-but-unreadable property would show up here. */
    private final ObjectMapper strict = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    /** Configured like the app's journal mapper (AxonWiring.defaultAxonObjectMapper). */
    private final ObjectMapper journal = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final DiceSpec spec = DiceSpec.of(1, new DiceGroup(2, 12));

    @Test
    void serverRollWritesEverythingNeededToShowAndAuditIt() throws Exception {
        JsonNode json = strict.readTree(strict.writeValueAsString(Dice.roll(spec, 1234567L)));

        assertThat(json.get("mode").asText()).isEqualTo("server");
        assertThat(json.get("algorithm").asText()).isEqualTo("splitmix64-v1");
        assertThat(json.get("seed").asLong()).isEqualTo(1234567L);
        assertThat(json.get("spec").toString()).isEqualTo("{\"dice\":[{\"count\":2,\"sides\":12}],\"modifier\":1}");
        assertThat(json.get("results").toString())
                .isEqualTo("[{\"sides\":12,\"value\":10},{\"sides\":12,\"value\":2}]");
        assertThat(json.get("total").asInt()).isEqualTo(13);
    }

    @Test
    void rollsRoundTripThroughBothMappers() throws Exception {
        DiceRoll server = Dice.roll(spec, Long.MIN_VALUE); // the extreme seed must survive as a JSON number
        DiceRoll physical = Dice.physical(spec, List.of(3, 12));
        for (ObjectMapper mapper : List.of(strict, journal)) {
            for (DiceRoll roll : List.of(server, physical)) {
                DiceRoll read = mapper.readValue(mapper.writeValueAsString(roll), DiceRoll.class);
                assertThat(read).isEqualTo(roll);
                assertThat(read.total()).isEqualTo(roll.total());
            }
        }
    }

    @Test
    void physicalRollUnderTheJournalMapperLeavesOutSeedAndAlgorithm() throws Exception {
        JsonNode json = journal.readTree(journal.writeValueAsString(Dice.physical(spec, List.of(3, 12))));
        assertThat(json.get("mode").asText()).isEqualTo("physical");
        assertThat(json.has("seed")).isFalse();
        assertThat(json.has("algorithm")).isFalse();
    }

    @Test
    void aStoredTotalIsIgnoredBecauseTheTotalIsAlwaysRecomputed() throws Exception {
        ObjectNode json = strict.valueToTree(Dice.roll(spec, 1234567L));
        json.put("total", 99);
        assertThat(strict.treeToValue(json, DiceRoll.class).total()).isEqualTo(13);
    }

    @Test
    void aTamperedDieFailsToLoad() throws Exception {
        ObjectNode json = strict.valueToTree(Dice.roll(spec, 1234567L));
        ((ObjectNode) json.withArray("results").get(0)).put("value", 13);
        assertThatThrownBy(() -> journal.treeToValue(json, DiceRoll.class))
                .rootCause().isInstanceOfSatisfying(Rejected.class,
                        rejected -> assertThat(rejected.field()).isEqualTo("results[0]"));
    }
}
