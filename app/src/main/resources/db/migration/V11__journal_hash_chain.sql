-- The journal as a hash chain per stream, computed here, by the database, whoever inserts: each event's hash covers
-- its predecessor's hash in its stream (aggregate) and every column of its own but the hash. Changing, removing or
-- slipping in an event by bypassing the trigger breaks the chain at that event or the one after it; the verifier
-- (POST /admin/v1/journal/verify) finds it. Each snapshot is bound to the hash of the last event it folds.

ALTER TABLE domain_event_entry ADD COLUMN hash BYTEA;
ALTER TABLE snapshot_event_entry ADD COLUMN event_hash BYTEA, ADD COLUMN hash BYTEA;

-- One field of a hash: absent and empty differ, and no field can run into the next.
CREATE FUNCTION duality_hash_field(value BYTEA) RETURNS BYTEA IMMUTABLE PARALLEL SAFE LANGUAGE sql AS $$
    SELECT CASE WHEN value IS NULL THEN '\x00'::bytea ELSE '\x01'::bytea || sha256(value) END
$$;

CREATE FUNCTION duality_hash_field(value TEXT) RETURNS BYTEA IMMUTABLE PARALLEL SAFE LANGUAGE sql AS $$
    SELECT duality_hash_field(convert_to(value, 'UTF8'))
$$;

-- The one definition of an event's hash, used by the trigger and the verifier alike.
CREATE FUNCTION duality_event_hash(previous BYTEA, global_index BIGINT, event_identifier TEXT,
                                   aggregate_identifier TEXT, sequence_number BIGINT, type TEXT, time_stamp TEXT,
                                   payload_type TEXT, payload_revision TEXT, payload BYTEA, meta_data BYTEA)
    RETURNS BYTEA IMMUTABLE PARALLEL SAFE LANGUAGE sql AS $$
    SELECT sha256(duality_hash_field(previous) || int8send(global_index) || duality_hash_field(event_identifier)
                  || duality_hash_field(aggregate_identifier) || int8send(sequence_number) || duality_hash_field(type)
                  || duality_hash_field(time_stamp) || duality_hash_field(payload_type)
                  || duality_hash_field(payload_revision) || duality_hash_field(payload)
                  || duality_hash_field(meta_data))
$$;

CREATE FUNCTION duality_snapshot_hash(event_hash BYTEA, aggregate_identifier TEXT, sequence_number BIGINT, type TEXT,
                                      event_identifier TEXT, time_stamp TEXT, payload_type TEXT,
                                      payload_revision TEXT, payload BYTEA, meta_data BYTEA)
    RETURNS BYTEA IMMUTABLE PARALLEL SAFE LANGUAGE sql AS $$
    SELECT sha256(duality_hash_field(event_hash) || duality_hash_field(aggregate_identifier)
                  || int8send(sequence_number) || duality_hash_field(type) || duality_hash_field(event_identifier)
                  || duality_hash_field(time_stamp) || duality_hash_field(payload_type)
                  || duality_hash_field(payload_revision) || duality_hash_field(payload)
                  || duality_hash_field(meta_data))
$$;

-- Whatever hash the insert carries is replaced. The first event of a stream has no predecessor; any other must have
-- one (the unique sequence already stops two writers appending the same number). The search path is fixed so a
-- session's temporary table cannot stand in for the journal.
CREATE FUNCTION duality_chain_event() RETURNS trigger LANGUAGE plpgsql
    SET search_path = "${flyway:defaultSchema}", pg_temp AS $$
DECLARE
    previous BYTEA;
BEGIN
    IF NEW.sequence_number > 0 THEN
        SELECT hash INTO previous FROM domain_event_entry
            WHERE aggregate_identifier = NEW.aggregate_identifier AND sequence_number = NEW.sequence_number - 1;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'event % of stream % has no predecessor in the journal', NEW.sequence_number,
                NEW.aggregate_identifier USING ERRCODE = 'integrity_constraint_violation';
        END IF;
    END IF;
    NEW.hash := duality_event_hash(previous, NEW.global_index, NEW.event_identifier, NEW.aggregate_identifier,
        NEW.sequence_number, NEW.type, NEW.time_stamp, NEW.payload_type, NEW.payload_revision, NEW.payload,
        NEW.meta_data);
    RETURN NEW;
END;
$$;

CREATE TRIGGER domain_event_entry_chain
    BEFORE INSERT ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION duality_chain_event();

-- A snapshot must fold an event of its own aggregate type that is in the journal, and carries that event's hash.
CREATE FUNCTION duality_bind_snapshot() RETURNS trigger LANGUAGE plpgsql
    SET search_path = "${flyway:defaultSchema}", pg_temp AS $$
DECLARE
    folded RECORD;
BEGIN
    SELECT hash, type INTO folded FROM domain_event_entry
        WHERE aggregate_identifier = NEW.aggregate_identifier AND sequence_number = NEW.sequence_number;
    IF NOT FOUND OR folded.type IS DISTINCT FROM NEW.type THEN
        RAISE EXCEPTION 'snapshot of % at % folds no % event of the journal', NEW.aggregate_identifier,
            NEW.sequence_number, NEW.type USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    NEW.event_hash := folded.hash;
    NEW.hash := duality_snapshot_hash(NEW.event_hash, NEW.aggregate_identifier, NEW.sequence_number, NEW.type,
        NEW.event_identifier, NEW.time_stamp, NEW.payload_type, NEW.payload_revision, NEW.payload, NEW.meta_data);
    RETURN NEW;
END;
$$;

CREATE TRIGGER snapshot_event_entry_bind
    BEFORE INSERT ON snapshot_event_entry
    FOR EACH ROW EXECUTE FUNCTION duality_bind_snapshot();

-- Snapshots are as append-only as the events (Duality configures Axon to keep older snapshots rather than delete them).
CREATE OR REPLACE FUNCTION duality_journal_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER snapshot_event_entry_append_only
    BEFORE UPDATE OR DELETE ON snapshot_event_entry
    FOR EACH ROW EXECUTE FUNCTION duality_journal_is_append_only();

CREATE TRIGGER snapshot_event_entry_no_truncate
    BEFORE TRUNCATE ON snapshot_event_entry
    FOR EACH STATEMENT EXECUTE FUNCTION duality_journal_is_append_only();

-- The journal written before this migration: chained once, in stream order, the append-only trigger set aside for
-- this one statement (the owner may; the service's role may not).
ALTER TABLE domain_event_entry DISABLE TRIGGER domain_event_entry_append_only;
WITH RECURSIVE chain AS (
    SELECT e.global_index, e.aggregate_identifier, e.sequence_number,
           duality_event_hash(NULL, e.global_index, e.event_identifier, e.aggregate_identifier, e.sequence_number,
               e.type, e.time_stamp, e.payload_type, e.payload_revision, e.payload, e.meta_data) AS hash
    FROM domain_event_entry e WHERE e.sequence_number = 0
    UNION ALL
    SELECT e.global_index, e.aggregate_identifier, e.sequence_number,
           duality_event_hash(c.hash, e.global_index, e.event_identifier, e.aggregate_identifier, e.sequence_number,
               e.type, e.time_stamp, e.payload_type, e.payload_revision, e.payload, e.meta_data)
    FROM chain c JOIN domain_event_entry e
        ON e.aggregate_identifier = c.aggregate_identifier AND e.sequence_number = c.sequence_number + 1
)
UPDATE domain_event_entry e SET hash = chain.hash FROM chain WHERE e.global_index = chain.global_index;
ALTER TABLE domain_event_entry ENABLE TRIGGER domain_event_entry_append_only;
