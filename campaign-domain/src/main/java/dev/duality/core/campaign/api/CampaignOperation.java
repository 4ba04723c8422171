package dev.duality.core.campaign.api;

/** The kinds of operation a campaign status may allow. */
public enum CampaignOperation {
    UPDATE, MANAGE_PARTICIPANTS, MANAGE_CHARACTERS, START_SESSION, PLAY, END, ARCHIVE, RESTORE
}
