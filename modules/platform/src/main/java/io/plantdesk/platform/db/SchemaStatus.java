package io.plantdesk.platform.db;

/**
 * How the server's schema compares with this build's, checked at every login. A server ahead of
 * this build still serves it while its oldest served client (core.schema_compat, moved only by
 * contract migrations) is not newer than this build: expand and contract, no lockstep upgrades.
 *
 * @param server       version the server is at, or null when it has no Plantdesk schema
 * @param shipped      newest version this build carries
 * @param oldestClient the schema version of the oldest client the server still serves; null when
 *                     the server predates the record (then only the exact version is accepted)
 */
public record SchemaStatus(String server, String shipped, String oldestClient) {

    public enum Kind { CURRENT, COMPATIBLE, SERVER_BEHIND, SERVER_AHEAD, EMPTY }

    public SchemaStatus(String server, String shipped) {
        this(server, shipped, null);
    }

    public Kind kind() {
        if (server == null) {
            return Kind.EMPTY;
        }
        int c = Migrator.compareVersions(server, shipped);
        if (c > 0 && oldestClient != null && Migrator.compareVersions(oldestClient, shipped) <= 0) {
            return Kind.COMPATIBLE;
        }
        return c == 0 ? Kind.CURRENT : c < 0 ? Kind.SERVER_BEHIND : Kind.SERVER_AHEAD;
    }

    /** Whether this build may work with the server as it is. */
    public boolean usable() {
        return kind() == Kind.CURRENT || kind() == Kind.COMPATIBLE;
    }

    /** What the person should do, or null when nothing is needed. */
    public String advice() {
        return switch (kind()) {
            case CURRENT, COMPATIBLE -> null;
            case EMPTY -> "This database has no Plantdesk schema yet. An admin sets it up with \"plantdesk migrate\".";
            case SERVER_BEHIND -> "The database is at schema version " + server + " but this Plantdesk needs " + shipped
                    + ". An admin updates it with \"plantdesk migrate\" (or by logging in as an admin of the server).";
            case SERVER_AHEAD -> oldestClient == null
                    ? "The database is at schema version " + server + ", newer than this Plantdesk (" + shipped
                    + "). Install the newer Plantdesk that your plant uses."
                    : "This Plantdesk was built for schema version " + shipped + "; the database (at " + server
                    + ") serves Plantdesk built for " + oldestClient + " or newer. Install the newer Plantdesk that your plant uses.";
        };
    }
}
