package dev.duality.core.rejection;

import dev.duality.core.campaign.api.FreeText;
import dev.duality.core.campaign.api.Name;
import dev.duality.core.value.ValueRejection;
import dev.duality.core.value.Values;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Value limits refuse new input, never what the journal recorded; a missing value is refused either way. */
class ReadingRecordedTest {
    private static final String TOO_LONG = "x".repeat(FreeText.MAX_LENGTH + 1);

    @Test
    void aLimitRefusesANewValueButNotARecordedOne() {
        assertThatThrownBy(() -> new FreeText(TOO_LONG)).isInstanceOf(Rejected.class);
        assertThat(Rejected.readingRecorded(() -> new FreeText(TOO_LONG)).value()).isEqualTo(TOO_LONG);
        // and only while reading: the next command meets the limit again
        assertThatThrownBy(() -> FreeText.of(TOO_LONG, "content")).isInstanceOf(Rejected.class);
    }

    @Test
    void aMissingValueIsRefusedEvenWhenRecorded() {
        assertThatThrownBy(() -> Rejected.readingRecorded(() -> Values.required(null, "name")))
                .isInstanceOf(Rejected.class).extracting(e -> ((Rejected) e).code())
                .isEqualTo(ValueRejection.VALUE_REQUIRED);
    }

    @Test
    void readingNestsAndEndsWithTheOutermostRead() {
        String name = "n".repeat(500);
        Rejected.readingRecorded(() -> Rejected.readingRecorded(() -> new Name(name)));
        assertThat(Rejected.readingRecorded(() -> {
            Rejected.readingRecorded(() -> null);
            // still reading after the inner read ended
            return new Name(name);
        }).value()).hasSize(500);
        assertThatThrownBy(() -> new Name(name)).isInstanceOf(Rejected.class);
    }
}
