-- How long conditions last (until a rest, a long rest, the session's or the scene's end): a JSON object by condition.
ALTER TABLE daggerheart_characters ADD COLUMN condition_durations TEXT NOT NULL DEFAULT '{}';
