-- Events players may not see (a hidden countdown, an adversary's stat block): the timeline lists them to GMs only.
ALTER TABLE timeline_entries ADD COLUMN gm_only BOOLEAN NOT NULL DEFAULT FALSE;
