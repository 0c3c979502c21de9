package io.plantdesk.platform.config;

/**
 * The person's own preferences on this computer. No secret ever goes here.
 *
 * @param theme                 "light" or "dark"
 * @param mode                  "desk" or "floor"
 * @param embeddedPort          TCP port of the embedded PostgreSQL (loopback only)
 * @param lastProfile           profile picked at the last successful login
 * @param lastUser              user name of the last successful login
 * @param migrationScripts      the migration tracker's script folder; empty for Plantdesk's own scripts
 * @param migrationHistoryTable the history table of that folder's scripts; empty for the default
 */
public record AppSettings(
        String theme,
        String mode,
        int embeddedPort,
        String lastProfile,
        String lastUser,
        String migrationScripts,
        String migrationHistoryTable) {

    public static final int DEFAULT_EMBEDDED_PORT = 15432;

    public AppSettings {
        migrationScripts = migrationScripts == null ? "" : migrationScripts;
        migrationHistoryTable = migrationHistoryTable == null ? "" : migrationHistoryTable;
    }

    public static AppSettings defaults() {
        return new AppSettings("light", "desk", DEFAULT_EMBEDDED_PORT, "", "", "", "");
    }

    public AppSettings withTheme(String value) {
        return new AppSettings(
                value, mode, embeddedPort, lastProfile, lastUser, migrationScripts, migrationHistoryTable);
    }

    public AppSettings withMode(String value) {
        return new AppSettings(
                theme, value, embeddedPort, lastProfile, lastUser, migrationScripts, migrationHistoryTable);
    }

    public AppSettings withEmbeddedPort(int value) {
        return new AppSettings(theme, mode, value, lastProfile, lastUser, migrationScripts, migrationHistoryTable);
    }

    public AppSettings withLastLogin(String profile, String user) {
        return new AppSettings(theme, mode, embeddedPort, profile, user, migrationScripts, migrationHistoryTable);
    }

    public AppSettings withMigrationScripts(String folder, String historyTable) {
        return new AppSettings(theme, mode, embeddedPort, lastProfile, lastUser, folder, historyTable);
    }
}
