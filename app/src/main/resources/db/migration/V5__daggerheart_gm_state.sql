-- Read model of the Daggerheart GM state (processing group "daggerheart-gm"): one row per campaign, created when the
-- campaign's first session seeds GM Fear. The journal is authoritative; the 0..12 range is enforced by the aggregate.

CREATE TABLE daggerheart_gm_state (
    campaign_id VARCHAR(64) NOT NULL PRIMARY KEY,
    gm_fear     INTEGER     NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);
