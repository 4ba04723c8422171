-- The Daggerheart plug-in's read models. Plug-in migrations live in db/system/<system id>/ and keep their own history
-- table (flyway_schema_history_daggerheart), so their versions never interleave with the core's or another system's.
-- The journal is authoritative: every range is enforced by the aggregates, not here.

-- Character sheets and their state (processing group "daggerheart-characters"). The choices of character creation
-- are one JSON document (profile); the numbers and tracks a GM screen sorts and filters on are columns.
CREATE TABLE daggerheart_characters (
    campaign_id      VARCHAR(64)  NOT NULL,
    character_id     VARCHAR(64)  NOT NULL,
    character_class  VARCHAR(16)  NOT NULL,
    level            INTEGER      NOT NULL,
    profile          TEXT         NOT NULL,
    completed_steps  TEXT         NOT NULL,
    hp_max           INTEGER      NOT NULL,
    stress_max       INTEGER      NOT NULL,
    hope_max         INTEGER      NOT NULL,
    evasion          INTEGER      NOT NULL,
    proficiency      INTEGER      NOT NULL,
    armor_score      INTEGER      NOT NULL,
    major_threshold  INTEGER      NOT NULL,
    severe_threshold INTEGER      NOT NULL,
    hp_marked        INTEGER      NOT NULL,
    stress_marked    INTEGER      NOT NULL,
    hope             INTEGER      NOT NULL,
    armor_marked     INTEGER      NOT NULL,
    life_state       VARCHAR(16)  NOT NULL,
    conditions       TEXT         NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (campaign_id, character_id)
);

-- The GM state (processing group "daggerheart-gm"): one row per campaign, created by the first session's Fear seed or
-- by the campaign's settings, whichever comes first. gm_fear is null until the seed.
CREATE TABLE daggerheart_gm_state (
    campaign_id    VARCHAR(64) NOT NULL PRIMARY KEY,
    gm_fear        INTEGER,
    massive_damage BOOLEAN     NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL
);

-- Duality rolls and whether their outcome was applied (processing group "daggerheart-rolls").
CREATE TABLE daggerheart_action_rolls (
    campaign_id      VARCHAR(64)  NOT NULL,
    roll_seq         BIGINT       NOT NULL,
    session_id       VARCHAR(64)  NOT NULL,
    character_id     VARCHAR(64)  NOT NULL,
    trait            VARCHAR(16),
    trait_score      INTEGER      NOT NULL,
    experiences      TEXT         NOT NULL,
    experience_bonus INTEGER      NOT NULL,
    modifier         INTEGER      NOT NULL,
    hope_die         INTEGER      NOT NULL,
    fear_die         INTEGER      NOT NULL,
    advantage        INTEGER      NOT NULL,
    difficulty       INTEGER,
    reaction         BOOLEAN      NOT NULL,
    total            INTEGER      NOT NULL,
    result           VARCHAR(32)  NOT NULL,
    hope_gained      INTEGER      NOT NULL,
    stress_cleared   INTEGER      NOT NULL,
    fear_gained      INTEGER      NOT NULL,
    spotlight_to_gm  BOOLEAN      NOT NULL,
    gm_move          VARCHAR(16)  NOT NULL,
    effects_ignored  BOOLEAN      NOT NULL,
    hope_spent       INTEGER      NOT NULL,
    outcome_applied  BOOLEAN      NOT NULL,
    rolled_at        TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (campaign_id, roll_seq)
);
CREATE INDEX daggerheart_action_rolls_session ON daggerheart_action_rolls (campaign_id, session_id);
