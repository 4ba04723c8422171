-- Fable's one read model, in Fable's own migration location and history.
CREATE TABLE fable_tales (
    campaign_id VARCHAR(64)   NOT NULL,
    number      INTEGER       NOT NULL,
    line        VARCHAR(4000) NOT NULL,
    PRIMARY KEY (campaign_id, number)
);
