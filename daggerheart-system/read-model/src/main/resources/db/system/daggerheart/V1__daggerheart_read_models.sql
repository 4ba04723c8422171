-- The Daggerheart plug-in's read models. Plug-in migrations live in db/system/<system id>/ and keep their own history
-- table (flyway_schema_history_daggerheart), so their versions never interleave with the core's or another system's.

-- Character sheets (processing group "daggerheart-characters").
CREATE TABLE daggerheart_characters (
    character_id     VARCHAR(64) NOT NULL PRIMARY KEY,
    campaign_id      VARCHAR(64) NOT NULL,
    character_class  VARCHAR(16) NOT NULL,
    level            INTEGER     NOT NULL,
    hp_max           INTEGER     NOT NULL,
    stress_max       INTEGER     NOT NULL,
    hope             INTEGER     NOT NULL,
    hope_max         INTEGER     NOT NULL,
    evasion          INTEGER     NOT NULL,
    proficiency      INTEGER     NOT NULL,
    armor_score      INTEGER     NOT NULL,
    major_threshold  INTEGER     NOT NULL,
    severe_threshold INTEGER     NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX daggerheart_characters_campaign ON daggerheart_characters (campaign_id);

-- The GM state (processing group "daggerheart-gm"): one row per campaign, created when the campaign's first session
-- seeds GM Fear. The journal is authoritative; the 0..12 range is enforced by the aggregate.
CREATE TABLE daggerheart_gm_state (
    campaign_id VARCHAR(64) NOT NULL PRIMARY KEY,
    gm_fear     INTEGER     NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);
