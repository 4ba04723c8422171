-- A GM may reveal an adversary's stat block to the table: players read it from then on.
ALTER TABLE daggerheart_adversaries ADD COLUMN revealed BOOLEAN NOT NULL DEFAULT FALSE;
