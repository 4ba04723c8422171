package dev.duality.core.dice;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SplitMix64Test {

    @Test
    void matchesThePublishedReferenceOutputsForSeed1234567() {
        // published reference values (e.g. Rosetta Code "Pseudo-random numbers/Splitmix64"); unsigned, so the last
        // one does not fit a signed long and all are compared as unsigned decimal strings
        SplitMix64 generator = new SplitMix64(1234567L);
        List<String> outputs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            outputs.add(Long.toUnsignedString(generator.nextLong()));
        }
        assertThat(outputs).containsExactly("6457827717110365317", "3203168211198807973", "9817491932198370423",
                "4593380528125082431", "16408922859458223821");
    }

    @Test
    void aSeedAlwaysGivesTheSameSequence() {
        SplitMix64 first = new SplitMix64(-7L);
        SplitMix64 second = new SplitMix64(-7L);
        for (int i = 0; i < 100; i++) {
            assertThat(second.nextLong()).isEqualTo(first.nextLong());
        }
    }
}
