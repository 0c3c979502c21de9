package io.plantdesk.platform.db;

import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OS keychain (macOS Keychain, Windows Credential Manager, Secret Service on Linux) through
 * java-keyring. {@link #open()} falls back to {@link PasswordVault#NONE} where there is none, as on
 * a headless Linux box without a Secret Service.
 */
public final class KeyringPasswordVault implements PasswordVault {

    private static final Logger LOG = LoggerFactory.getLogger(KeyringPasswordVault.class);
    private static final String SERVICE = "Plantdesk";

    private final Keyring keyring;

    private KeyringPasswordVault(Keyring keyring) {
        this.keyring = keyring;
    }

    public static PasswordVault open() {
        try {
            Keyring k = Keyring.create();
            // Secret Service may load yet have no daemon behind it: probe once.
            k.getPassword(SERVICE, "probe");
            return new KeyringPasswordVault(k);
        } catch (PasswordAccessException e) {
            // The keychain answered "no such entry": it works.
            return tryCreate();
        } catch (Exception | LinkageError e) {
            LOG.info("No OS keychain available ({}); passwords will be asked for each time", e.toString());
            return PasswordVault.NONE;
        }
    }

    private static PasswordVault tryCreate() {
        try {
            return new KeyringPasswordVault(Keyring.create());
        } catch (Exception e) {
            return PasswordVault.NONE;
        }
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public Optional<char[]> find(String profile, String user) {
        try {
            String p = keyring.getPassword(SERVICE, account(profile, user));
            return Optional.ofNullable(p).map(String::toCharArray);
        } catch (PasswordAccessException e) {
            return Optional.empty();
        }
    }

    @Override
    public void remember(String profile, String user, char[] password) {
        try {
            keyring.setPassword(SERVICE, account(profile, user), new String(password));
        } catch (PasswordAccessException e) {
            throw new IllegalStateException("The keychain refused to store the password: " + e.getMessage(), e);
        }
    }

    @Override
    public void forget(String profile, String user) {
        try {
            keyring.deletePassword(SERVICE, account(profile, user));
        } catch (PasswordAccessException e) {
            LOG.debug("Nothing to forget for {}@{}", user, profile);
        }
    }

    private static String account(String profile, String user) {
        return user + "@" + profile;
    }
}
