package dev.duality.app.journal;

import dev.duality.app.support.DualityIntegrationTest;
import dev.duality.app.support.ServiceIntegrationTest;
import dev.duality.core.action.api.StoryNoteAdded;
import dev.duality.core.campaign.api.FreeText;
import dev.duality.core.rejection.Rejected;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.UUID;

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
        append(campaignId, null, """
                {"campaign_id": "%s", "session_id": null, "content": "%s", "character_id": null}"""
                .formatted(campaignId, longer));
        assertThat(((StoryNoteAdded) last(campaignId).getPayload()).content().value()).isEqualTo(longer);
    }

    /** Appends a recorded event as a row, the way an older build's journal holds it. */
    private void append(String campaignId, String revision, String payload) {
        new JdbcTemplate(dataSource).update("""
                        insert into domain_event_entry (global_index, event_identifier, aggregate_identifier,
                            sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)
                        select nextval('domain_event_entry_seq'), ?, aggregate_identifier, sequence_number + 1,
                            type, time_stamp, 'story.note_added', ?, convert_to(?, 'UTF8'), meta_data
                        from domain_event_entry where aggregate_identifier = ?
                        order by sequence_number desc limit 1""",
                UUID.randomUUID().toString(), revision, payload, campaignId);
    }

    private DomainEventMessage<?> last(String campaignId) {
        return storage.readEvents(campaignId).asStream().reduce((first, second) -> second).orElseThrow();
    }
}
