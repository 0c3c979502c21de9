package io.plantdesk.platform.db;

import java.util.Optional;

/**
 * Where a remembered password goes: the OS keychain, or nowhere (then the app asks each time).
 * Plantdesk never writes a password to a file.
 */
public interface PasswordVault {

    /** True when passwords can be remembered on this computer. */
    boolean available();

    Optional<char[]> find(String profile, String user);

    void remember(String profile, String user, char[] password);

    void forget(String profile, String user);

    /** The vault for computers without a keychain: remembers nothing. */
    PasswordVault NONE = new PasswordVault() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public Optional<char[]> find(String profile, String user) {
            return Optional.empty();
        }

        @Override
        public void remember(String profile, String user, char[] password) {
            throw new IllegalStateException("No keychain on this computer: the password is asked for each time");
        }

        @Override
        public void forget(String profile, String user) {
            // nothing was remembered
        }
    };
}
