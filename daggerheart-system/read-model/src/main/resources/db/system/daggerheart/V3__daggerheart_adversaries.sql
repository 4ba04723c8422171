-- Adversaries (processing group "daggerheart-adversaries"). The journal is authoritative: every range and every rule
-- is enforced by the aggregates, not here.

-- The adversaries on the table: one row per adversary, in the session it fights in, gone once the GM deletes it. The
-- stat block is one JSON document; what a table shows and sorts by are columns.
CREATE TABLE daggerheart_adversaries (
    campaign_id    VARCHAR(64)  NOT NULL,
    adversary_id   VARCHAR(64)  NOT NULL,
    session_id     VARCHAR(64)  NOT NULL,
    name           VARCHAR(100) NOT NULL,
    tier           INTEGER      NOT NULL,
    adversary_type VARCHAR(16)  NOT NULL,
    stat_block     TEXT         NOT NULL,
    hp_max         INTEGER      NOT NULL,
    hp_marked      INTEGER      NOT NULL,
    stress_max     INTEGER      NOT NULL,
    stress_marked  INTEGER      NOT NULL,
    conditions     TEXT         NOT NULL,
    defeated       BOOLEAN      NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (campaign_id, adversary_id)
);
CREATE INDEX daggerheart_adversaries_session ON daggerheart_adversaries (campaign_id, session_id);

-- Adversary attack rolls, one row per target (each target's stream records the roll against it), and whether the
-- damage it dealt was applied.
CREATE TABLE daggerheart_adversary_attacks (
    campaign_id     VARCHAR(64) NOT NULL,
    roll_seq        BIGINT      NOT NULL,
    character_id    VARCHAR(64) NOT NULL,
    session_id      VARCHAR(64) NOT NULL,
    adversary_id    VARCHAR(64) NOT NULL,
    attack_name     VARCHAR(64) NOT NULL,
    attack_die      INTEGER     NOT NULL,
    attack_modifier INTEGER     NOT NULL,
    total           INTEGER     NOT NULL,
    evasion         INTEGER     NOT NULL,
    hit             BOOLEAN     NOT NULL,
    critical        BOOLEAN     NOT NULL,
    damage_dice     TEXT        NOT NULL,
    damage_results  TEXT        NOT NULL,
    damage          INTEGER     NOT NULL,
    damage_types    TEXT        NOT NULL,
    attack_reduced  BOOLEAN     NOT NULL,
    damage_applied  BOOLEAN     NOT NULL,
    PRIMARY KEY (campaign_id, roll_seq, character_id)
);
CREATE INDEX daggerheart_adversary_attacks_adversary ON daggerheart_adversary_attacks (campaign_id, adversary_id);
