-- Reads as of an earlier point of a campaign (?as_of_seq=) rebuild its read models from the journal; every few hundred
-- events a rebuild keeps the campaign's rows as they were there, so the next one starts from the nearest checkpoint.
-- fingerprint: the projections (tables and code) that wrote the rows; other projections do not trust them.
CREATE TABLE history_checkpoints (
    campaign_id VARCHAR(64) NOT NULL,
    fingerprint VARCHAR(64) NOT NULL,
    seq         BIGINT      NOT NULL,
    rows        JSONB       NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (campaign_id, fingerprint, seq)
);
