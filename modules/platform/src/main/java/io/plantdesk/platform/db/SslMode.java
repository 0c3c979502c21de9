package io.plantdesk.platform.db;

import java.util.Locale;

/** pgjdbc's sslmode values that Plantdesk offers, declared weakest first (AdminTarget compares them). */
public enum SslMode {
    DISABLE,
    PREFER,
    REQUIRE,
    VERIFY_CA,
    VERIFY_FULL;

    public String jdbcValue() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static SslMode parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(
                    "The TLS mode \"" + text + "\" is not one of disable, prefer, require, verify-ca, verify-full.");
        }
    }

    /** verify-full for any non-local host (DESIGN.md section 5); local connections need no TLS. */
    public static SslMode defaultFor(String host) {
        return isLocal(host) ? PREFER : VERIFY_FULL;
    }

    public static boolean isLocal(String host) {
        String h = host == null ? "" : host.trim().toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("127.0.0.1") || h.equals("::1") || h.equals("[::1]");
    }
}
