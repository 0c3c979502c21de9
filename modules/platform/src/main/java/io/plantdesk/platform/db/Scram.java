package io.plantdesk.platform.db;

import org.postgresql.util.PasswordUtil;

/**
 * SCRAM-SHA-256 verifiers computed on the client, so a plain password never reaches the server.
 * pgjdbc zeroes the array it hashes; this hashes a copy, because callers often still need it
 * (to log in right after, or to remember it in the keychain).
 */
public final class Scram {

    private Scram() {}

    public static String verifier(char[] password) {
        return PasswordUtil.encodeScramSha256(password.clone());
    }
}
