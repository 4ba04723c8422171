-- Read models of the Daggerheart projection (processing group "daggerheart-characters").

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
