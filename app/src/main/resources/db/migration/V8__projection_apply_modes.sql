-- Which projections (processing groups) last ran inline, in the command's transaction. Their tables then hold every
-- event up to the head, so a switch to the async mode starts their streaming processors at the head instead of
-- replaying the journal into tables that already hold it.
CREATE TABLE projection_apply_modes (
    processing_group VARCHAR(255) NOT NULL PRIMARY KEY,
    mode             VARCHAR(16)  NOT NULL,
    changed_at       TIMESTAMPTZ  NOT NULL DEFAULT now()
);
