package dev.duality.core.envelope;

import dev.duality.core.CoreMessages;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.EndCampaign;
import dev.duality.core.catalog.CommandPolicy;
import dev.duality.core.catalog.MessageCatalog;
import dev.duality.core.testing.FakeSystemModule;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.duality.core.catalog.CommandDefinition.command;
import static dev.duality.core.envelope.EnvelopeRejection.COMMAND_TYPE_UNREGISTERED;
import static dev.duality.core.envelope.EnvelopeRejection.CORE_COMMAND_HAS_SYSTEM_METADATA;
import static dev.duality.core.envelope.EnvelopeRejection.SYSTEM_ID_MISMATCH;
import static dev.duality.core.envelope.EnvelopeRejection.SYSTEM_ID_MISSING;
import static dev.duality.core.envelope.EnvelopeRejection.SYSTEM_VERSION_MISSING;
import static dev.duality.core.envelope.EnvelopeRejection.SYSTEM_VERSION_UNSUPPORTED;
import static dev.duality.core.testing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The command-side namespace rules, one test per rule, checked on the envelope before any aggregate runs. */
class NamespaceInterceptorTest {

    /** {@code sys.testsys.widget.poke}: a system command. */
    record PokeWidget(String widgetId) {
    }

    /** Registered by nobody. */
    record StrayCommand() {
    }

    private static final Object SYSTEM_COMMAND = new PokeWidget("w-1");
    private static final Object CORE_COMMAND = new EndCampaign(CampaignId.of("camp-1"));

    private final NamespaceInterceptor interceptor = new NamespaceInterceptor(MessageCatalog.of(new CoreMessages(),
            List.of(FakeSystemModule.testsys().withCommands(command("sys.testsys.widget.poke", PokeWidget.class, CommandPolicy.always(CommandPolicy.Access.PUBLIC))),
                    FakeSystemModule.system("othersys"))));

    @Test
    void acceptsASystemCommandWithItsSystemIdAndARegisteredVersion() {
        assertThatCode(() -> interceptor.check(message(SYSTEM_COMMAND,
                Map.of(Envelope.SYSTEM_ID, "testsys", Envelope.SYSTEM_VERSION, "1.0.0", Envelope.ACTOR_ID, "p-1"))))
                .doesNotThrowAnyException();
    }

    @Test
    void acceptsACoreCommandWithoutSystemMetadata() {
        assertThatCode(() -> interceptor.check(message(CORE_COMMAND,
                Map.of(Envelope.ACTOR_ID, "p-1", Envelope.CORRELATION_ID, "corr-1"))))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesASystemCommandWithoutSystemId() {
        assertRejected(() -> interceptor.check(message(SYSTEM_COMMAND, Map.of(Envelope.SYSTEM_VERSION, "1.0.0"))),
                SYSTEM_ID_MISSING, Envelope.SYSTEM_ID);
    }

    @Test
    void refusesASystemCommandWithoutSystemVersion() {
        assertRejected(() -> interceptor.check(message(SYSTEM_COMMAND, Map.of(Envelope.SYSTEM_ID, "testsys"))),
                SYSTEM_VERSION_MISSING, Envelope.SYSTEM_VERSION);
    }

    @Test
    void refusesASystemIdThatDoesNotMatchTheTypePrefix() {
        // othersys is registered at 1.0.0, so only the prefix mismatch is wrong here
        assertRejected(() -> interceptor.check(message(SYSTEM_COMMAND,
                        Map.of(Envelope.SYSTEM_ID, "othersys", Envelope.SYSTEM_VERSION, "1.0.0"))),
                SYSTEM_ID_MISMATCH, Envelope.SYSTEM_ID);
    }

    @Test
    void refusesASystemVersionThatIsNotRegistered() {
        assertRejected(() -> interceptor.check(message(SYSTEM_COMMAND,
                        Map.of(Envelope.SYSTEM_ID, "testsys", Envelope.SYSTEM_VERSION, "9.9.9"))),
                SYSTEM_VERSION_UNSUPPORTED, Envelope.SYSTEM_VERSION);
    }

    @Test
    void refusesACoreCommandCarryingASystemId() {
        assertRejected(() -> interceptor.check(message(CORE_COMMAND, Map.of(Envelope.SYSTEM_ID, "testsys"))),
                CORE_COMMAND_HAS_SYSTEM_METADATA, Envelope.SYSTEM_ID);
    }

    @Test
    void refusesACoreCommandCarryingASystemVersion() {
        assertRejected(() -> interceptor.check(message(CORE_COMMAND, Map.of(Envelope.SYSTEM_VERSION, "1.0.0"))),
                CORE_COMMAND_HAS_SYSTEM_METADATA, Envelope.SYSTEM_VERSION);
    }

    @Test
    void refusesACommandWhosePayloadIsNotInTheCatalog() {
        assertRejected(() -> interceptor.check(message(new StrayCommand(), Map.of())), COMMAND_TYPE_UNREGISTERED, null);
    }

    private static CommandMessage<?> message(Object payload, Map<String, ?> metaData) {
        return GenericCommandMessage.asCommandMessage(payload).andMetaData(metaData);
    }
}
