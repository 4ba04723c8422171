package dev.duality.core.testing;

import dev.duality.core.rejection.Rejected;
import dev.duality.core.rejection.RejectionCode;
import dev.duality.core.session.SessionNotReady;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one place tests check a {@link Rejected}: its stable code and, where the rule names one, the offending field.
 * The matchers plug into axon-test's {@code expectException(Matcher)}; {@link #assertRejected} is for plain calls.
 */
public final class Rejections {
    private Rejections() {
    }

    /** A {@link Rejected} with this code, whatever field it names. */
    public static Matcher<Rejected> rejectedWith(RejectionCode code) {
        return new RejectedMatcher(code, false, null);
    }

    /** A {@link Rejected} with this code naming this field. */
    public static Matcher<Rejected> rejectedWith(RejectionCode code, String field) {
        return new RejectedMatcher(code, true, field);
    }

    /** One expected readiness blocker: its code and the character it is about (null when about the table). */
    public record Blocker(RejectionCode code, String characterId) {
        public static Blocker table(RejectionCode code) {
            return new Blocker(code, null);
        }

        public static Blocker character(RejectionCode code, String characterId) {
            return new Blocker(code, characterId);
        }
    }

    /**
     * A refused session start ({@link SessionNotReady}) carrying exactly these blockers in this order, whose own code
     * is the first blocker's (what the HTTP layer reports) and which names no field.
     */
    public static Matcher<SessionNotReady> notReadyWith(Blocker... expected) {
        return new TypeSafeMatcher<>(SessionNotReady.class) {
            @Override
            protected boolean matchesSafely(SessionNotReady notReady) {
                return blockersOf(notReady).equals(List.of(expected)) && expected.length > 0
                        && notReady.code() == expected[0].code() && notReady.field() == null;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("SessionNotReady with blockers ").appendValue(List.of(expected));
            }

            @Override
            protected void describeMismatchSafely(SessionNotReady notReady, Description description) {
                description.appendText("was SessionNotReady with code ").appendValue(notReady.code().name())
                        .appendText(" and blockers ").appendValue(blockersOf(notReady));
            }
        };
    }

    private static List<Blocker> blockersOf(SessionNotReady notReady) {
        return notReady.blockers().stream().map(b -> new Blocker(b.code(), b.characterId())).toList();
    }

    /**
     * Asserts a fixture's command was refused with this code naming this field ({@code null}: a rejection about state,
     * naming no field) and that it applied no event: the one check every refusal in a fixture test makes.
     */
    public static void assertRefused(ResultValidator<?> result, RejectionCode code, String field) {
        result.expectNoEvents().expectException(rejectedWith(code, field));
    }

    /** Asserts a fixture's session start was refused with exactly these readiness blockers and applied no event. */
    public static void assertNotReady(ResultValidator<?> result, Blocker... expected) {
        result.expectNoEvents().expectException(notReadyWith(expected));
    }

    /** Runs {@code action} and asserts it throws a {@link Rejected} with this code naming this field. */
    public static void assertRejected(ThrowingCallable action, RejectionCode code, String field) {
        assertThatThrownBy(action).isInstanceOfSatisfying(Rejected.class, rejected -> {
            assertThat(rejected.code()).as("rejection code").isEqualTo(code);
            assertThat(rejected.field()).as("rejected field").isEqualTo(field);
        });
    }

    private static final class RejectedMatcher extends TypeSafeMatcher<Rejected> {
        private final RejectionCode code;
        private final boolean checkField;
        private final String field;

        private RejectedMatcher(RejectionCode code, boolean checkField, String field) {
            super(Rejected.class);
            this.code = code;
            this.checkField = checkField;
            this.field = field;
        }

        @Override
        protected boolean matchesSafely(Rejected rejected) {
            return rejected.code() == code && (!checkField || Objects.equals(rejected.field(), field));
        }

        @Override
        public void describeTo(Description description) {
            description.appendText("Rejected with code ").appendValue(code.name());
            if (checkField) {
                description.appendText(" on field ").appendValue(field);
            }
        }

        @Override
        protected void describeMismatchSafely(Rejected rejected, Description description) {
            description.appendText("was Rejected with code ").appendValue(rejected.code().name())
                    .appendText(" on field ").appendValue(rejected.field())
                    .appendText(": ").appendText(rejected.getMessage());
        }
    }
}
