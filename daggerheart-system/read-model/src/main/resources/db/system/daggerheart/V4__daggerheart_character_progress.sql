-- Character progress on the character read model (processing group "daggerheart-characters"): the temporary armor in
-- effect (a JSON list of source, duration and amount; the state's Armor Score adds it to armor_score, the permanent
-- score), the level the GM granted and the player has not applied yet (null: none), and what the level-ups chose
-- (a JSON document: the advancements taken with their tier columns, marked traits, subclass cards, the second class).
ALTER TABLE daggerheart_characters ADD COLUMN temporary_armor TEXT NOT NULL DEFAULT '[]';
ALTER TABLE daggerheart_characters ADD COLUMN level_up_pending INTEGER;
ALTER TABLE daggerheart_characters ADD COLUMN progression TEXT;
