package io.plantdesk.platform.config;

/**
 * The person's own preferences on this computer. No secret ever goes here.
 *
 * @param theme          "light" or "dark"
 * @param mode           "desk" or "floor"
 * @param embeddedPort   TCP port of the embedded PostgreSQL (loopback only)
 * @param lastProfile    profile picked at the last successful login
 * @param lastUser       user name of the last successful login
 */
public record AppSettings(String theme, String mode, int embeddedPort, String lastProfile, String lastUser) {

    public static final int DEFAULT_EMBEDDED_PORT = 15432;

    public static AppSettings defaults() {
        return new AppSettings("light", "desk", DEFAULT_EMBEDDED_PORT, "", "");
    }

    public AppSettings withTheme(String value) {
        return new AppSettings(value, mode, embeddedPort, lastProfile, lastUser);
    }

    public AppSettings withMode(String value) {
        return new AppSettings(theme, value, embeddedPort, lastProfile, lastUser);
    }

    public AppSettings withEmbeddedPort(int value) {
        return new AppSettings(theme, mode, value, lastProfile, lastUser);
    }

    public AppSettings withLastLogin(String profile, String user) {
        return new AppSettings(theme, mode, embeddedPort, profile, user);
    }
}
