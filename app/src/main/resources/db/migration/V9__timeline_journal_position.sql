-- Each timeline entry keeps its event's journal position (global index): a campaign's entries are numbered in that
-- order, in every apply mode and every rebuild. Existing entries keep their numbers; only the position is added.
ALTER TABLE timeline_entries ADD COLUMN journal_position BIGINT;
UPDATE timeline_entries t SET journal_position = e.global_index
    FROM domain_event_entry e WHERE e.event_identifier = t.event_id;
ALTER TABLE timeline_entries ALTER COLUMN journal_position SET NOT NULL;
