-- Idempotency keys that hold under retries and crashes (see IdempotencyStore):
-- claim_id      the running attempt; a retry that takes an expired claim over gets a new one, and only the attempt
--               holding the claim may mark it committed or store its answer
-- claimed_until the attempt's lease, renewed while it runs; a retry may take over a key whose lease ran out and whose
--               command never committed
-- committed_at  set in the command's own transaction, with the ids of the events it appended (event_ids), so a key
--               whose command committed is never run again, even if its node died before storing the answer
-- Keys older than duality.idempotency.retention are purged and may be used again.
ALTER TABLE idempotency_keys ADD COLUMN claim_id VARCHAR(64);
ALTER TABLE idempotency_keys ADD COLUMN claimed_until TIMESTAMPTZ;
ALTER TABLE idempotency_keys ADD COLUMN committed_at TIMESTAMPTZ;
ALTER TABLE idempotency_keys ADD COLUMN event_ids TEXT[];
-- rows of the old store all hold an answer (or a claim of a node that has gone): give them a claim and a spent lease
UPDATE idempotency_keys SET claim_id = md5(scope || ' ' || idem_key), claimed_until = created_at;
ALTER TABLE idempotency_keys ALTER COLUMN claim_id SET NOT NULL;
ALTER TABLE idempotency_keys ALTER COLUMN claimed_until SET NOT NULL;
CREATE UNIQUE INDEX idempotency_keys_claim ON idempotency_keys (claim_id);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
