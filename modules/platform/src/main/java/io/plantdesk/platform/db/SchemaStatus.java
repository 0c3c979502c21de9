package io.plantdesk.platform.db;

/**
 * How the server's schema compares with this build's, checked at every login.
 *
 * @param server  version the server is at, or null when it has no Plantdesk schema
 * @param shipped newest version this build carries
 */
public record SchemaStatus(String server, String shipped) {

    public enum Kind { CURRENT, SERVER_BEHIND, SERVER_AHEAD, EMPTY }

    public Kind kind() {
        if (server == null) {
            return Kind.EMPTY;
        }
        int c = Migrator.compareVersions(server, shipped);
        return c == 0 ? Kind.CURRENT : c < 0 ? Kind.SERVER_BEHIND : Kind.SERVER_AHEAD;
    }

    /** What the person should do, or null when nothing is needed. */
    public String advice() {
        return switch (kind()) {
            case CURRENT -> null;
            case EMPTY -> "This database has no Plantdesk schema yet. An admin sets it up with \"plantdesk migrate\".";
            case SERVER_BEHIND -> "The database is at schema version " + server + " but this Plantdesk needs " + shipped
                    + ". An admin updates it with \"plantdesk migrate\" (or by logging in as an admin of the server).";
            case SERVER_AHEAD -> "The database is at schema version " + server + ", newer than this Plantdesk (" + shipped
                    + "). Install the newer Plantdesk that your plant uses.";
        };
    }
}
