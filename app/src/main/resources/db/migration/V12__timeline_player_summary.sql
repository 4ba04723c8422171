-- A partly secret event (an adversary entering, with the GM's stat block) is listed to players too, summarised from
-- its public part only. Entries written before this keep hiding it from players until the timeline is replayed.
ALTER TABLE timeline_entries ADD COLUMN player_summary VARCHAR(1000);
