package io.plantdesk.migrations.lint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * sql/migrations.lock: the SHA-256 of every V script as it was when it was locked, one
 * "name checksum" line each. Locking adds scripts; it never rewrites an entry, because a locked
 * script may already be applied somewhere, and changing it would leave that database different
 * from a fresh one. Line endings are normalised first, so a Windows checkout locks the same.
 */
public final class MigrationLock {

    public static final String FILE = "migrations.lock";
    private static final String HEADER = """
            # Checksums (SHA-256, LF line endings) of the V scripts in migrations/. A locked script is never
            # edited: write a new one. New scripts are added by `plantdesk migrations lint --lock`.
            """;

    private MigrationLock() {}

    /** The locked checksums by script name; empty when there is no lock file yet. */
    public static Map<String, String> read(Path sqlDir) {
        Path file = sqlDir.resolve(FILE);
        Map<String, String> out = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] parts = t.split("\\s+");
                if (parts.length == 2) {
                    out.put(parts[0], parts[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return out;
    }

    /** Adds the given scripts that are not locked yet; returns how many were added. */
    public static int lockNew(Path sqlDir, Iterable<Path> scripts) {
        Map<String, String> locked = new TreeMap<>(read(sqlDir));
        int added = 0;
        for (Path script : scripts) {
            if (!locked.containsKey(script.getFileName().toString())) {
                locked.put(script.getFileName().toString(), checksum(script));
                added++;
            }
        }
        StringBuilder text = new StringBuilder(HEADER);
        locked.forEach((name, sum) -> text.append(name).append(' ').append(sum).append('\n'));
        try {
            Files.writeString(sqlDir.resolve(FILE), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + sqlDir.resolve(FILE), e);
        }
        return added;
    }

    public static String checksum(Path script) {
        try {
            String text = Files.readString(script, StandardCharsets.UTF_8).replace("\r\n", "\n");
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + script, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
