package dev.duality.app.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.boot.test.context.TestComponent;

/**
 * How an event is reshaped, as an example the tests run: suppose {@code story.note_added} was once recorded as
 * revision {@code legacy-1} with its text in {@code text}; today's shape (no revision) calls it {@code content}. An
 * upcaster is a Spring bean; Axon puts every one in the journal's upcaster chain, which rewrites an old event as it is
 * read, before it is deserialized: the journal itself is never changed.
 */
@TestComponent
public class LegacyNoteUpcaster extends SingleEventUpcaster {
    static final SimpleSerializedType LEGACY = new SimpleSerializedType("story.note_added", "legacy-1");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return event.getType().equals(LEGACY);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(new SimpleSerializedType(LEGACY.getName(), null), JsonNode.class, payload -> {
            ObjectNode reshaped = ((ObjectNode) payload).deepCopy();
            reshaped.set("content", reshaped.remove("text"));
            return reshaped;
        });
    }
}
