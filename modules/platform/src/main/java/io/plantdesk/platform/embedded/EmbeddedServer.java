package io.plantdesk.platform.embedded;

import static io.plantdesk.platform.embedded.EmbeddedServerException.Reason;

import io.plantdesk.platform.config.AppPaths;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL that Plantdesk runs itself when no server is configured (zonky binaries, PG 18).
 * Its data lives in the user's data directory and survives restarts; it listens on loopback only,
 * every TCP login needs a password, and the superuser is reached only through a private Unix socket
 * (see {@link ServerFiles}). Started on demand, stopped on exit, and a postmaster that a crashed
 * Plantdesk left behind is shut down and the server restarted cleanly. One that a running Plantdesk
 * owns (a command started beside the open console) is used as it is and left running.
 */
public final class EmbeddedServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedServer.class);
    private static final long MIN_FREE_BYTES = 256L * 1024 * 1024;
    private static final long MAX_LOG_BYTES = 10L * 1024 * 1024;
    private static final int MAX_SOCKET_PATH = 100;
    static final String SUPERUSER = "postgres";

    /** Null when this process attached to a server another running Plantdesk owns. */
    private final EmbeddedPostgres postgres;
    private final int port;
    private final Path socketFile;
    private final Path ownerFile;

    private EmbeddedServer(EmbeddedPostgres postgres, int port, Path socketFile, Path ownerFile) {
        this.postgres = postgres;
        this.port = port;
        this.socketFile = socketFile;
        this.ownerFile = ownerFile;
    }

    public static EmbeddedServer start(AppPaths paths, int port) {
        return start(paths.embeddedDataDir(), paths.embeddedBinariesDir(), paths.embeddedLog(), port);
    }

    public static EmbeddedServer start(Path dataDir, Path binDir, Path log, int port) {
        try {
            Files.createDirectories(log.getParent());
            rotate(log);
            Files.createDirectories(dataDir.getParent());
        } catch (IOException e) {
            throw new EmbeddedServerException(Reason.FAILED, "Cannot create the folders for the embedded database.",
                    "Check that " + dataDir.getParent() + " is writable.", log, e);
        }
        checkFreeSpace(dataDir.getParent(), log);
        checkDataDirectory(dataDir, log);
        Path ownerFile = dataDir.resolveSibling("embedded.owner");
        Optional<EmbeddedServer> running = attachToRunning(dataDir, ownerFile);
        if (running.isPresent()) {
            return running.get();
        }
        stopOrphan(dataDir, log);
        checkPortFree(port, log);
        Path socketDir = socketDirFor(dataDir, port);
        try {
            ServerFiles.makePrivateDir(socketDir);
            Files.createDirectories(binDir);
        } catch (IOException e) {
            throw new EmbeddedServerException(Reason.FAILED, "Cannot create the embedded database's socket folder.",
                    "Check that " + socketDir + " is writable.", log, e);
        }
        Path socketFile = socketDir.resolve(".s.PGSQL." + port);
        LOG.info("Starting the embedded PostgreSQL on 127.0.0.1:{} with data in {}", port, dataDir);
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(binDir.toFile())
                    .setPort(port)
                    .setLocaleConfig("locale", "C")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("max_connections", "60")
                    .setConnectConfig("socketFactory", "org.newsclub.net.unix.AFUNIXSocketFactory$FactoryArg")
                    .setConnectConfig("socketFactoryArg", socketFile.toString())
                    .setDataDirectoryCustomizer(dir -> ServerFiles.enforce(dir.toPath(), socketDir))
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setRegisterShutdownHook(true)
                    .start();
            // Who runs it, so that a command started beside the open console uses this server
            // instead of taking it for one a crashed Plantdesk left behind.
            Files.writeString(ownerFile, ProcessHandle.current().pid() + " " + port + " " + socketFile + "\n", StandardCharsets.UTF_8);
            return new EmbeddedServer(pg, port, socketFile, ownerFile);
        } catch (IOException | RuntimeException e) {
            throw explain(e, port, dataDir, log);
        }
    }

    public int port() {
        return port;
    }

    /** A TCP JDBC URL for people's own logins (password required). */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** The superuser, through the private socket: for migrations, the demo plant and the CLI. */
    public DataSource adminDataSource(String database) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {"localhost"});
        ds.setPortNumbers(new int[] {port});
        ds.setDatabaseName(database);
        ds.setUser(SUPERUSER);
        ds.setApplicationName("Plantdesk admin");
        try {
            ds.setProperty("socketFactory", "org.newsclub.net.unix.AFUNIXSocketFactory$FactoryArg");
            ds.setProperty("socketFactoryArg", socketFile.toString());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ds;
    }

    /** Creates the database when it does not exist yet. */
    public void ensureDatabase(String name) {
        try (Connection c = adminDataSource("postgres").getConnection();
             PreparedStatement q = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            q.setString(1, name);
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("create database \"" + name.replace("\"", "\"\"") + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * The server of another Plantdesk that is still running (the console, while a command runs):
     * used through its socket, and left running when this process is done with it.
     */
    private static Optional<EmbeddedServer> attachToRunning(Path dataDir, Path ownerFile) {
        if (ServerFiles.orphanPostmaster(dataDir).isEmpty() || !Files.exists(ownerFile)) {
            return Optional.empty();
        }
        try {
            String[] owner = Files.readString(ownerFile, StandardCharsets.UTF_8).trim().split(" ", 3);
            long pid = Long.parseLong(owner[0]);
            boolean ownerRuns = pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            if (!ownerRuns || owner.length < 3) {
                return Optional.empty();
            }
            LOG.info("Using the embedded PostgreSQL of the Plantdesk running as process {}", pid);
            return Optional.of(new EmbeddedServer(null, Integer.parseInt(owner[1]), Path.of(owner[2]), null));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable: treat the server as an orphan, as before
        }
    }

    @Override
    public void close() {
        if (postgres == null) {
            return; // attached: its owner stops it
        }
        try {
            Files.deleteIfExists(ownerFile);
        } catch (IOException e) {
            LOG.debug("Could not remove {}", ownerFile, e);
        }
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("The embedded PostgreSQL did not stop cleanly; it recovers at the next start", e);
        }
    }

    private static void rotate(Path log) throws IOException {
        if (Files.exists(log) && Files.size(log) > MAX_LOG_BYTES) {
            Files.move(log, log.resolveSibling(log.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void checkFreeSpace(Path dir, Path log) {
        try {
            long free = Files.getFileStore(dir).getUsableSpace();
            if (free < MIN_FREE_BYTES) {
                throw new EmbeddedServerException(Reason.DISK_FULL,
                        "The disk holding the embedded database is full (" + free / (1024 * 1024) + " MB free).",
                        "Free at least 256 MB on the disk of " + dir + " and start Plantdesk again.", log, null);
            }
        } catch (IOException e) {
            LOG.warn("Could not measure free space in {}", dir, e);
        }
    }

    /** A folder with files but not a PostgreSQL data directory, or one of another major version. */
    private static void checkDataDirectory(Path dataDir, Path log) {
        if (!Files.isDirectory(dataDir)) {
            return;
        }
        try (var entries = Files.list(dataDir)) {
            boolean empty = entries.filter(p -> !p.getFileName().toString().equals("epg-lock")).findAny().isEmpty();
            if (empty) {
                return;
            }
        } catch (IOException e) {
            throw damaged(dataDir, log, e);
        }
        Path version = dataDir.resolve("PG_VERSION");
        if (!Files.exists(version) || !Files.exists(dataDir.resolve("global").resolve("pg_control"))) {
            throw damaged(dataDir, log, null);
        }
        try {
            String major = Files.readString(version, StandardCharsets.US_ASCII).trim();
            if (!major.equals(BundledVersion.MAJOR)) {
                throw new EmbeddedServerException(Reason.INCOMPATIBLE,
                        "The embedded database was made by PostgreSQL " + major + "; this Plantdesk runs PostgreSQL "
                                + BundledVersion.MAJOR + ".",
                        "Export its data with the Plantdesk that made it, or move " + dataDir + " away to start fresh.",
                        log, null);
            }
        } catch (IOException e) {
            throw damaged(dataDir, log, e);
        }
    }

    private static EmbeddedServerException damaged(Path dataDir, Path log, Throwable cause) {
        return new EmbeddedServerException(Reason.DAMAGED, "The embedded database folder is damaged.",
                "Move " + dataDir + " to another place (keep it for IT) and start Plantdesk again to get a fresh demo plant.",
                log, cause);
    }

    private static void stopOrphan(Path dataDir, Path log) {
        Optional<ProcessHandle> orphan = ServerFiles.orphanPostmaster(dataDir);
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle p = orphan.get();
        LOG.warn("A PostgreSQL (pid {}) left by an earlier Plantdesk still runs on {}; stopping it", p.pid(), dataDir);
        p.destroy();
        try {
            p.onExit().get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new EmbeddedServerException(Reason.FAILED,
                    "An earlier Plantdesk's database (process " + p.pid() + ") is still running and did not stop.",
                    "Close every Plantdesk window, or end that process, then start again.", log, e);
        }
    }

    private static void checkPortFree(int port, Path log) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
        } catch (BindException e) {
            throw portInUse(port, log, e);
        } catch (IOException e) {
            LOG.warn("Could not probe port {}", port, e);
        }
    }

    private static EmbeddedServerException portInUse(int port, Path log, Throwable cause) {
        return new EmbeddedServerException(Reason.PORT_IN_USE,
                "Port " + port + " is already used by another program, so the embedded database cannot start.",
                "Close that program, or choose another port in Settings (or set PLANTDESK_EMBEDDED_PORT).", log, cause);
    }

    /** Unix socket paths are limited to about 104 bytes; deep home folders fall back to a private temp folder. */
    private static Path socketDirFor(Path dataDir, int port) {
        Path preferred = dataDir.resolveSibling("run");
        if (preferred.toString().length() + 16 <= MAX_SOCKET_PATH) {
            return preferred;
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "plantdesk-" + ProcessHandle.current().info().user()
                .orElse("user").replaceAll("[^A-Za-z0-9]", "") + "-" + port);
    }

    private static EmbeddedServerException explain(Exception e, int port, Path dataDir, Path log) {
        String tail = ServerFiles.tail(log, 8000);
        if (tail.contains("Address already in use") || tail.contains("could not bind")) {
            return portInUse(port, log, e);
        }
        if (tail.contains("No space left on device")) {
            return new EmbeddedServerException(Reason.DISK_FULL, "The disk holding the embedded database is full.",
                    "Free some space on the disk of " + dataDir + " and start Plantdesk again.", log, e);
        }
        if (tail.contains("database files are incompatible")) {
            return new EmbeddedServerException(Reason.INCOMPATIBLE,
                    "The embedded database was made by another PostgreSQL version.",
                    "Move " + dataDir + " away to start fresh.", log, e);
        }
        if (tail.contains("PANIC") || tail.contains("could not read file") || tail.contains("invalid checkpoint")
                || tail.contains("could not open file") || tail.contains("invalid primary checkpoint")) {
            return damaged(dataDir, log, e);
        }
        return new EmbeddedServerException(Reason.FAILED, "The embedded database did not start.",
                "The log says why; send it to IT if it does not help.", log, e);
    }
}
