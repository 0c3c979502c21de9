package io.plantdesk.platform.db;

import io.plantdesk.platform.Text;

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

    public enum Kind {
        CURRENT,
        COMPATIBLE,
        SERVER_BEHIND,
        SERVER_AHEAD,
        EMPTY
    }

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
        Text t = adviceText();
        return t == null ? null : t.english();
    }

    /** {@link #advice()} as a bundle key and arguments, for the UI to render in the person's language. */
    public Text adviceText() {
        return switch (kind()) {
            case CURRENT, COMPATIBLE -> null;
            case EMPTY -> Text.platform("schema.empty");
            case SERVER_BEHIND -> Text.platform("schema.behind", server, shipped);
            case SERVER_AHEAD ->
                oldestClient == null
                        ? Text.platform("schema.ahead", server, shipped)
                        : Text.platform("schema.too.old.hint", shipped, server, oldestClient);
        };
    }
}
