package dev.duality.sys.daggerheart.character.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class DaggerheartClassTest {

    // The wire name is what the journal stores; a constant without it would be written as "BARD".
    @ParameterizedTest
    @EnumSource(DaggerheartClass.class)
    void everyClassHasItsLowercaseWireName(DaggerheartClass characterClass) throws NoSuchFieldException {
        JsonProperty wireName = DaggerheartClass.class.getField(characterClass.name()).getAnnotation(JsonProperty.class);

        assertThat(wireName).isNotNull();
        assertThat(wireName.value()).isEqualTo(characterClass.name().toLowerCase(Locale.ROOT));
    }
}
