package dev.duality.app.journal;

import dev.duality.app.support.DualityIntegrationTest;
import dev.duality.app.support.Journal;
import dev.duality.app.support.ServiceIntegrationTest;
import dev.duality.core.action.api.StoryNoteAdded;
import dev.duality.core.campaign.api.FreeText;
import dev.duality.core.rejection.Rejected;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Events outlive the code that wrote them: an old revision of a reshaped event is upcast as it is read, and a value
 * a limit has since forbidden is read as it was recorded, while commands meet today's limits.
 */
@DualityIntegrationTest
class EvolvingEventsIT extends ServiceIntegrationTest {
    @Autowired
    EventStorageEngine storage;

    @Test
    void anEventRecordedInAnOldShapeIsReadInTodaysShape() {
        String campaignId = anonymous.createCampaign("Old notes").at("/campaign_id");
        // a note as an older build recorded it: revision legacy-1, its text under "text"
        append(campaignId, "legacy-1", """
                {"campaign_id": "%s", "session_id": null, "text": "Written long ago", "character_id": null}"""
                .formatted(campaignId));
        DomainEventMessage<?> read = last(campaignId);
        assertThat(read.getPayload()).isInstanceOf(StoryNoteAdded.class);
        assertThat(((StoryNoteAdded) read.getPayload()).content().value()).isEqualTo("Written long ago");
    }

    @Test
    void aValueTodaysLimitsRefuseIsStillReadAsRecorded() {
        String campaignId = anonymous.createCampaign("Long notes").at("/campaign_id");
        String longer = "x".repeat(FreeText.MAX_LENGTH + 1);
        // a command meets today's limit
        assertThatThrownBy(() -> FreeText.of(longer, "content")).isInstanceOf(Rejected.class);
        // a note recorded when the limit was higher is still read, as it was recorded
        append(campaignId, null, Journal.storyNote(campaignId, longer));
        assertThat(((StoryNoteAdded) last(campaignId).getPayload()).content().value()).isEqualTo(longer);
    }

    /** Appends a recorded event as a row, the way an older build's journal holds it. */
    private void append(String campaignId, String revision, String payload) {
        new JdbcTemplate(dataSource).execute((ConnectionCallback<Void>) connection -> {
            Journal.appendRow(connection, campaignId, "story.note_added", revision, payload, Instant.now());
            return null;
        });
    }

    private DomainEventMessage<?> last(String campaignId) {
        return storage.readEvents(campaignId).asStream().reduce((first, second) -> second).orElseThrow();
    }
}
