-- The participant count is derived from the participants table at query time: a stored counter could be skewed by
-- events delivered again (streaming processors deliver at least once).
ALTER TABLE campaigns DROP COLUMN participant_count;
