-- Read models of the campaign projection (processing group "campaigns").

CREATE TABLE campaigns (
    campaign_id         VARCHAR(64)   NOT NULL PRIMARY KEY,
    name                VARCHAR(100)  NOT NULL,
    locale              VARCHAR(35)   NOT NULL,
    theme_prompt        VARCHAR(4000),
    status              VARCHAR(16)   NOT NULL,
    game_system_id      VARCHAR(64)   NOT NULL,
    game_system_version VARCHAR(32)   NOT NULL,
    participant_count   INTEGER       NOT NULL,
    created_at          TIMESTAMPTZ   NOT NULL,
    updated_at          TIMESTAMPTZ   NOT NULL
);

CREATE TABLE participants (
    campaign_id    VARCHAR(64)  NOT NULL,
    participant_id VARCHAR(64)  NOT NULL,
    name           VARCHAR(100) NOT NULL,
    role           VARCHAR(16)  NOT NULL,
    access         VARCHAR(16)  NOT NULL,
    joined_at      TIMESTAMPTZ  NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (campaign_id, participant_id)
);

CREATE TABLE characters (
    campaign_id          VARCHAR(64)   NOT NULL,
    character_id         VARCHAR(64)   NOT NULL,
    owner_participant_id VARCHAR(64)   NOT NULL,
    name                 VARCHAR(100)  NOT NULL,
    kind                 VARCHAR(8)    NOT NULL,
    notes                VARCHAR(4000),
    created_at           TIMESTAMPTZ   NOT NULL,
    updated_at           TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (campaign_id, character_id)
);
CREATE INDEX characters_owner ON characters (campaign_id, owner_participant_id);
