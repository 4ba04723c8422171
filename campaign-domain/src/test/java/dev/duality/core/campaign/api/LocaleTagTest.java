package dev.duality.core.campaign.api;

import dev.duality.core.value.ValueRejection;
import org.junit.jupiter.api.Test;

import static dev.duality.core.testing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

/** A campaign's language: a BCP 47 tag, defaulting to en-US. */
class LocaleTagTest {

    @Test
    void theDefaultIsEnUs() {
        // DEFAULT is built during class initialisation, before which TAG must exist: this proves the class loads
        assertThat(LocaleTag.DEFAULT.value()).isEqualTo("en-US");
    }

    @Test
    void acceptsALanguageTag() {
        assertThat(LocaleTag.of("pt-BR").value()).isEqualTo("pt-BR");
    }

    @Test
    void refusesSomethingThatIsNotALanguageTag() {
        assertRejected(() -> LocaleTag.of("english please"), ValueRejection.LOCALE_INVALID, "locale");
    }
}
