package io.plantdesk.migrations.scripts;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header every V script starts with (sql/README.md): what it is for, how it is undone and how
 * long it takes; optionally how it runs. A field the script does not state is empty.
 *
 * <ul>
 *   <li>{@code -- Transaction: none (reason)}: the script cannot run in a transaction
 *       ({@code CREATE INDEX CONCURRENTLY}); it runs outside one, and a run cut short keeps what ran.</li>
 *   <li>{@code -- Lock timeout: 5s, 4 retries}: how long each statement may wait for a lock before
 *       the script is given up and, when it ran in a transaction (nothing kept), retried with backoff.</li>
 * </ul>
 */
public record ScriptHeader(
        String purpose, String rollback, String estimatedTime, String transaction, String lockTimeout) {

    /** What a script that says nothing gets: long enough for a quiet table, short enough not to queue a plant behind it. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(10);

    public static final int DEFAULT_LOCK_RETRIES = 3;

    private static final List<String> FIELDS =
            List.of("Purpose", "Rollback", "Estimated time", "Transaction", "Lock timeout");
    private static final Pattern LOCK = Pattern.compile("(\\d+)\\s*(ms|s|min)(?:\\s*,\\s*(\\d+)\\s+retr(?:y|ies))?.*");

    /** Reads the leading comment block; a field runs on over the indented comment lines after it. */
    public static ScriptHeader parse(String sql) {
        Map<String, StringBuilder> fields = new HashMap<>();
        StringBuilder current = null;
        for (String line : sql.lines().toList()) {
            if (!line.startsWith("--")) {
                break;
            }
            String text = line.substring(2).strip();
            String field = FIELDS.stream()
                    .filter(f -> text.startsWith(f + ":"))
                    .findFirst()
                    .orElse(null);
            if (field != null) {
                current = new StringBuilder(text.substring(field.length() + 1).strip());
                fields.put(field, current);
            } else if (current != null && line.startsWith("--   ") && !text.isEmpty()) {
                current.append(' ').append(text);
            } else {
                current = null;
            }
        }
        return new ScriptHeader(
                get(fields, "Purpose"),
                get(fields, "Rollback"),
                get(fields, "Estimated time"),
                get(fields, "Transaction"),
                get(fields, "Lock timeout"));
    }

    /** Declared to run outside a transaction ({@code -- Transaction: none}). */
    public boolean nonTransactional() {
        return transaction.toLowerCase(Locale.ROOT).startsWith("none");
    }

    /** The lock timeout this script runs with. */
    public Duration lockTimeoutValue() {
        Matcher m = LOCK.matcher(lockTimeout.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return DEFAULT_LOCK_TIMEOUT;
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "min" -> Duration.ofMinutes(n);
            default -> Duration.ofSeconds(n);
        };
    }

    /** How many times a script that timed out on a lock is tried again. */
    public int lockRetries() {
        Matcher m = LOCK.matcher(lockTimeout.strip().toLowerCase(Locale.ROOT));
        return m.matches() && m.group(3) != null ? Integer.parseInt(m.group(3)) : DEFAULT_LOCK_RETRIES;
    }

    /** Null when the lock-timeout field is absent or readable; otherwise what is wrong with it (for the lint). */
    public String lockTimeoutProblem() {
        if (lockTimeout.isBlank()
                || LOCK.matcher(lockTimeout.strip().toLowerCase(Locale.ROOT)).matches()) {
            return null;
        }
        return "\"Lock timeout: " + lockTimeout + "\" is not understood: write e.g. \"Lock timeout: 5s, 4 retries\"";
    }

    private static String get(Map<String, StringBuilder> fields, String name) {
        StringBuilder b = fields.get(name);
        return b == null ? "" : b.toString();
    }
}
