package dev.duality.core.envelope;

/** Actor ids that are not participants. */
public final class Actors {
    /** The operator, authenticated with the admin token: passes every access policy (but not the game rules). */
    public static final String ADMIN = "admin";
    /** A caller with no credentials, e.g. someone creating a campaign or claiming an invite. */
    public static final String ANONYMOUS = "anonymous";

    private Actors() {
    }
}
