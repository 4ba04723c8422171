-- A campaign's countdowns (processing group "daggerheart-countdowns"): one row per countdown, deleted with it, listed
-- in the order they were created. status is active, trigger_pending (it reached 0) or finished (its trigger was
-- resolved and it does not loop). The journal is authoritative: values, tones, policies and loops are checked by the
-- countdowns' aggregate, not here.
CREATE TABLE daggerheart_countdowns (
    campaign_id        VARCHAR(64)  NOT NULL,
    countdown_id       VARCHAR(64)  NOT NULL,
    name               VARCHAR(100) NOT NULL,
    tone               VARCHAR(16)  NOT NULL,
    policy             VARCHAR(16)  NOT NULL,
    starting_value     INTEGER      NOT NULL,
    remaining          INTEGER      NOT NULL,
    loop_kind          VARCHAR(32)  NOT NULL,
    visible_to_players BOOLEAN      NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    created_at         TIMESTAMPTZ  NOT NULL,
    updated_at         TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (campaign_id, countdown_id)
);
