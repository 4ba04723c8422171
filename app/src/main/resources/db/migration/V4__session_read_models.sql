-- Read models of issue 3: characters soft delete, sessions with spotlight, gates and responses, invites,
-- access tokens, the campaign timeline, and the HTTP idempotency store.

ALTER TABLE characters ADD COLUMN deleted BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE characters ADD COLUMN deleted_at TIMESTAMPTZ;

CREATE TABLE sessions (
    session_id             VARCHAR(64)  NOT NULL PRIMARY KEY,
    campaign_id            VARCHAR(64)  NOT NULL,
    name                   VARCHAR(100),
    status                 VARCHAR(16)  NOT NULL,
    spotlight_type         VARCHAR(16),
    spotlight_character_id VARCHAR(64),
    started_at             TIMESTAMPTZ  NOT NULL,
    ended_at               TIMESTAMPTZ
);
CREATE INDEX sessions_campaign ON sessions (campaign_id, started_at);
-- at most one active session per campaign, enforced by the aggregate and mirrored here
CREATE UNIQUE INDEX sessions_one_active ON sessions (campaign_id) WHERE status = 'active';

CREATE TABLE gates (
    gate_id                  VARCHAR(64)   NOT NULL PRIMARY KEY,
    campaign_id              VARCHAR(64)   NOT NULL,
    session_id               VARCHAR(64)   NOT NULL,
    gate_type                VARCHAR(64)   NOT NULL,
    reason                   VARCHAR(4000),
    eligible_participant_ids VARCHAR(4000) NOT NULL,
    status                   VARCHAR(16)   NOT NULL,
    decision                 VARCHAR(64),
    resolution               VARCHAR(4000),
    opened_at                TIMESTAMPTZ   NOT NULL,
    closed_at                TIMESTAMPTZ
);
CREATE INDEX gates_session ON gates (session_id, opened_at);

CREATE TABLE gate_responses (
    gate_id        VARCHAR(64)   NOT NULL,
    participant_id VARCHAR(64)   NOT NULL,
    decision       VARCHAR(64)   NOT NULL,
    response       VARCHAR(4000),
    recorded_at    TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (gate_id, participant_id)
);

CREATE TABLE invites (
    invite_id                 VARCHAR(64) NOT NULL PRIMARY KEY,
    campaign_id               VARCHAR(64) NOT NULL,
    role                      VARCHAR(16) NOT NULL,
    access                    VARCHAR(16) NOT NULL,
    status                    VARCHAR(16) NOT NULL,
    claimed_by_participant_id VARCHAR(64),
    created_at                TIMESTAMPTZ NOT NULL,
    updated_at                TIMESTAMPTZ NOT NULL
);
CREATE INDEX invites_campaign ON invites (campaign_id, created_at);

-- only SHA-256 hashes of access tokens are ever stored
CREATE TABLE access_tokens (
    token_hash     VARCHAR(64) NOT NULL PRIMARY KEY,
    campaign_id    VARCHAR(64) NOT NULL,
    participant_id VARCHAR(64) NOT NULL,
    issued_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX access_tokens_participant ON access_tokens (campaign_id, participant_id);

-- every journal event of a campaign, numbered per campaign from 1
CREATE TABLE timeline_entries (
    campaign_id  VARCHAR(64)   NOT NULL,
    seq          BIGINT        NOT NULL,
    event_id     VARCHAR(255)  NOT NULL UNIQUE,
    event_type   VARCHAR(255)  NOT NULL,
    actor_id     VARCHAR(64),
    occurred_at  TIMESTAMPTZ   NOT NULL,
    summary      VARCHAR(1000) NOT NULL,
    PRIMARY KEY (campaign_id, seq)
);

-- HTTP Idempotency-Key store: the first answer to a keyed POST, replayed for repeats (never with the secrets shown once)
CREATE TABLE idempotency_keys (
    scope         VARCHAR(128) NOT NULL,
    idem_key      VARCHAR(128) NOT NULL,
    fingerprint   VARCHAR(64)  NOT NULL,
    status        INTEGER,
    content_type  VARCHAR(128),
    location      VARCHAR(512),
    body          BYTEA,
    created_at    TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (scope, idem_key)
);
