-- Provably fair dice: a session publishes the SHA-256 of its secret dice seed when it starts and reveals the seed when
-- it ends. Sessions started before this have neither.
ALTER TABLE sessions ADD COLUMN dice_commitment VARCHAR(64);
ALTER TABLE sessions ADD COLUMN dice_seed VARCHAR(64);
