package io.plantdesk.platform.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

/**
 * The configuration Plantdesk enforces on its embedded server at every start: TCP on loopback only
 * and always with a SCRAM password; the superuser only through a Unix socket in a directory that
 * only this OS account may open. So the OS account is the superuser's credential and no secret is
 * stored anywhere.
 */
final class ServerFiles {

    static final String INCLUDE_LINE = "include_if_exists = 'plantdesk.conf'";

    private ServerFiles() {
    }

    static void enforce(Path dataDir, Path socketDir) {
        try {
            Files.writeString(dataDir.resolve("plantdesk.conf"), String.join("\n",
                    "# Written by Plantdesk at every start; edits here are overwritten.",
                    "listen_addresses = 'localhost'",
                    "unix_socket_directories = '" + socketDir.toString().replace("'", "''") + "'",
                    "unix_socket_permissions = 0700",
                    "password_encryption = 'scram-sha-256'",
                    "shared_buffers = '128MB'",
                    ""), StandardCharsets.UTF_8);
            Path conf = dataDir.resolve("postgresql.conf");
            List<String> lines = Files.readAllLines(conf, StandardCharsets.UTF_8);
            if (!lines.contains(INCLUDE_LINE)) {
                Files.writeString(conf, "\n" + INCLUDE_LINE + "\n", StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.APPEND);
            }
            Files.writeString(dataDir.resolve("pg_hba.conf"), String.join("\n",
                    "# Written by Plantdesk at every start; edits here are overwritten.",
                    "# The socket directory is private to this OS account: that is the superuser's credential.",
                    "local   all   all                    trust",
                    "host    all   all   127.0.0.1/32     scram-sha-256",
                    "host    all   all   ::1/128          scram-sha-256",
                    ""), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot write the embedded server's configuration in " + dataDir, e);
        }
    }

    /** Creates the socket directory readable by this OS account only. */
    static void makePrivateDir(Path dir) throws IOException {
        Files.createDirectories(dir);
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException e) {
            // Windows: the per-user local app data folder is already private to the account.
        }
    }

    /** The PID of a postmaster that a crashed Plantdesk left running on this data directory. */
    static Optional<ProcessHandle> orphanPostmaster(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try {
            String first = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").trim();
            return ProcessHandle.of(Long.parseLong(first)).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    static String tail(Path file, int maxChars) {
        try {
            if (!Files.exists(file)) {
                return "";
            }
            String s = Files.readString(file, StandardCharsets.UTF_8);
            return s.length() <= maxChars ? s : s.substring(s.length() - maxChars);
        } catch (IOException | java.io.UncheckedIOException e) {
            return "";
        }
    }
}
