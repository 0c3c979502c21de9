package io.plantdesk.platform.embedded;

import io.plantdesk.platform.config.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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

    private ServerFiles() {}

    /** Connections kept for members of pg_use_reserved_connections (plantdesk_admin): see V011. */
    static final int RESERVED_CONNECTIONS = 6;
    /** One session's temporary files (sorts, hashes) may not grow past this; see docs/security.md. */
    static final String TEMP_FILE_LIMIT = "1GB";

    static void enforce(Path dataDir, Path socketDir, boolean passwordcheck) {
        try {
            Files.writeString(
                    dataDir.resolve("plantdesk.conf"),
                    String.join(
                            "\n",
                            "# Written by Plantdesk at every start; edits here are overwritten.",
                            "listen_addresses = 'localhost'",
                            "unix_socket_directories = '" + socketDir.toString().replace("'", "''") + "'",
                            "unix_socket_permissions = 0700",
                            "password_encryption = 'scram-sha-256'",
                            "shared_buffers = '128MB'",
                            "# Admins can still log in when one login has taken every ordinary slot.",
                            "reserved_connections = " + RESERVED_CONNECTIONS,
                            "# No session fills the disk with temporary files.",
                            "temp_file_limit = '" + TEMP_FILE_LIMIT + "'",
                            "# The log never holds a statement's text: a failed CREATE ROLE would carry a password verifier.",
                            "log_statement = 'none'",
                            "log_min_error_statement = 'panic'",
                            "log_error_verbosity = 'terse'",
                            "log_parameter_max_length_on_error = 0",
                            passwordcheck
                                    ? "# A plain password set with ALTER ROLE needs 8 characters or more, letters and others.\n"
                                            + "shared_preload_libraries = 'passwordcheck'"
                                    : "",
                            ""),
                    StandardCharsets.UTF_8);
            Path conf = dataDir.resolve("postgresql.conf");
            List<String> lines = Files.readAllLines(conf, StandardCharsets.UTF_8);
            if (!lines.contains(INCLUDE_LINE)) {
                Files.writeString(conf, "\n" + INCLUDE_LINE + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            }
            Files.writeString(
                    dataDir.resolve("pg_hba.conf"),
                    String.join(
                            "\n",
                            "# Written by Plantdesk at every start; edits here are overwritten.",
                            "# The socket directory is private to this OS account: that is the superuser's credential.",
                            "local   all   all                    trust",
                            "host    all   all   127.0.0.1/32     scram-sha-256",
                            "host    all   all   ::1/128          scram-sha-256",
                            ""),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the embedded server's configuration in " + dataDir, e);
        }
    }

    /** Creates the socket directory readable by this OS account only. */
    static void makePrivateDir(Path dir) throws IOException {
        PrivateFiles.createDirectories(dir);
    }

    /**
     * The postmaster that a crashed Plantdesk left running on this data directory: the process named
     * in postmaster.pid, alive, and running the {@code postgres} program of Plantdesk's own binaries
     * folder. A process whose program cannot be read (another account's) or is anything else is
     * not ours, whatever its number: the file is stale and that process is never signalled.
     */
    static Optional<ProcessHandle> orphanPostmaster(Path dataDir, Path binDir) {
        return pidInFile(dataDir)
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> isOurPostgres(p, binDir));
    }

    /**
     * The postmaster serving this data folder, to attach to or to stop through the handle that
     * started it: the live process named in postmaster.pid, a {@code postgres} program whose
     * command line names this folder. Unlike {@link #orphanPostmaster} it does not insist on the
     * binaries folder (the library reuses the programs it first unpacked in a process for every
     * later start in that process); what is signalled without a handle still must pass that one.
     */
    static Optional<ProcessHandle> postmasterOf(Path dataDir) {
        String folder = dataDir.toAbsolutePath().normalize().toString();
        return pidInFile(dataDir)
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> {
                    Optional<String> command = p.info().command();
                    String name = command.map(c -> Path.of(c).getFileName())
                            .map(Path::toString)
                            .orElse("");
                    return (name.equals("postgres") || name.equals("postgres.exe"))
                            && p.info()
                                    .commandLine()
                                    .map(line -> line.contains(folder) || line.contains(dataDir.toString()))
                                    .orElse(false);
                });
    }

    /** The number in the first line of postmaster.pid, if the file is there and readable. */
    static Optional<Long> pidInFile(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try {
            String first = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream()
                    .findFirst()
                    .orElse("")
                    .trim();
            return Optional.of(Long.parseLong(first));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    static boolean isOurPostgres(ProcessHandle p, Path binDir) {
        Optional<String> command = p.info().command();
        if (command.isEmpty()) {
            return false;
        }
        Path program = Path.of(command.get()).toAbsolutePath().normalize();
        String name = program.getFileName() == null ? "" : program.getFileName().toString();
        return program.startsWith(binDir.toAbsolutePath().normalize())
                && (name.equals("postgres") || name.equals("postgres.exe"));
    }

    /**
     * Removes a postmaster.pid whose process is alive but not this folder's postgres: PostgreSQL
     * would refuse to start (it only sees that the number is in use) and the number now belongs to
     * another program. Returns true when it removed one.
     */
    static boolean removeStalePidFile(Path dataDir, Path binDir) throws IOException {
        Optional<Long> pid = pidInFile(dataDir);
        if (pid.isEmpty()) {
            return false;
        }
        boolean alive = ProcessHandle.of(pid.get()).map(ProcessHandle::isAlive).orElse(false);
        if (alive
                && ProcessHandle.of(pid.get())
                        .filter(p -> isOurPostgres(p, binDir))
                        .isEmpty()) {
            Files.delete(dataDir.resolve("postmaster.pid"));
            return true;
        }
        return false;
    }

    static String tail(Path file, int maxChars) {
        try {
            if (!Files.exists(file)) {
                return "";
            }
            String s = Files.readString(file, StandardCharsets.UTF_8);
            return s.length() <= maxChars ? s : s.substring(s.length() - maxChars);
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }
}
