package dev.duality.sys.daggerheart.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.rejection.RejectionCode;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Test helpers: a refusal must carry both its code and the field it names; JSON as the journal writes it. */
final class Refusals {
    /** The journal's settings (app AxonWiring): snake_case, nulls left out, tolerant reader. */
    static final ObjectMapper JOURNAL = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Refusals() {
    }

    static void assertRefused(ThrowingCallable call, RejectionCode code, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Rejected.class, rejected -> {
            assertThat(rejected.code()).as("code").isEqualTo(code);
            assertThat(rejected.field()).as("field").isEqualTo(field);
        });
    }
}
