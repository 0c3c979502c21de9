package io.plantdesk.platform.embedded;

import static io.plantdesk.platform.embedded.EmbeddedServerException.Reason;

import io.plantdesk.platform.config.AppPaths;
import io.plantdesk.platform.config.PrivateFiles;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL that Plantdesk runs itself when no server is configured (zonky binaries, PG 18).
 * Its data lives in the user's data directory and survives restarts; it listens on loopback only,
 * every TCP login needs a password, and the superuser is reached only through a private Unix socket
 * (see {@link ServerFiles}). Started on demand by the first Plantdesk process that needs it, used by
 * every other one (a command started beside the open console), and stopped when the last of them
 * leaves, whichever started it ({@link ServerLease}). A postmaster that no running Plantdesk uses was
 * left by a crashed one: it is shut down and the server restarted cleanly.
 */
public final class EmbeddedServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedServer.class);
    private static final long MAX_LOG_BYTES = 10L * 1024 * 1024;
    /** Ordinary slots plus the admins' reserved ones and the superuser's three. */
    static final int MAX_CONNECTIONS = 60;

    private static final Duration START_LOCK_WAIT = Duration.ofMinutes(2);
    private static final int MAX_SOCKET_PATH = 100;
    static final String SUPERUSER = "postgres";

    /** How long an exiting process waits for a start in another process before leaving the server as it is. */
    private static final Duration STOP_LOCK_WAIT = Duration.ofSeconds(20);

    static final String USERS_FILE = "embedded.users";
    static final String LOCK_FILE = "embedded.lock";

    /** Null when this process attached to a server another Plantdesk started. */
    private final EmbeddedPostgres postgres;

    private final int port;
    private final Path socketFile;
    private final Folders folders;
    private final ServerLease lease;
    private final Thread exitHook;
    private boolean closed;
    private Optional<String> diskWarning = Optional.empty();
    private Path dataHome;

    /** Where one embedded server lives: its data, binaries and log, and the files beside them. */
    record Folders(Path dataDir, Path binDir, Path log) {
        Path home() {
            return dataDir.getParent();
        }

        Path usersFile() {
            return home().resolve(USERS_FILE);
        }

        Path lockFile() {
            return home().resolve(LOCK_FILE);
        }
    }

    private EmbeddedServer(EmbeddedPostgres postgres, int port, Path socketFile, Folders folders, ServerLease lease) {
        this.postgres = postgres;
        this.port = port;
        this.socketFile = socketFile;
        this.folders = folders;
        this.lease = lease;
        // Not the library's own hook: that one stops the server even while other processes use it
        // (and after a failed start printed "Could not stop postmaster" with a stack trace).
        this.exitHook = new Thread(this::close, "plantdesk-embedded-exit");
        Runtime.getRuntime().addShutdownHook(exitHook);
    }

    public static EmbeddedServer start(AppPaths paths, int port) {
        return start(paths.embeddedDataDir(), paths.embeddedBinariesDir(), paths.embeddedLog(), port);
    }

    public static EmbeddedServer start(Path dataDir, Path binDir, Path log, int port) {
        try {
            if (port < 1 || port > 65535) {
                throw new EmbeddedServerException(
                        Reason.FAILED,
                        "The embedded database's port " + port + " is not a port.",
                        "Choose a port from 1024 to 65535 in Settings (or PLANTDESK_EMBEDDED_PORT).",
                        log,
                        null);
            }
            return startLocked(dataDir, binDir, log, port);
        } catch (EmbeddedServerException e) {
            if (e.reason() != Reason.UNSAFE_FOLDER) { // nothing is written under a folder that is refused
                ServerLog.note(log, e.fullMessage()); // so the log the message points to exists and says it too
            }
            throw e;
        }
    }

    private static EmbeddedServer startLocked(Path dataDir, Path binDir, Path log, int port) {
        Path home = dataDir.getParent();
        // Before anything is created or any mode changed: a folder above ours that others can
        // write, or one of ours that another account owns, is refused as it is.
        refuseUnsafeFolders(home, dataDir, binDir, log);
        try {
            PrivateFiles.createDirectories(log.getParent());
            ServerLog.rotate(log, MAX_LOG_BYTES);
            PrivateFiles.ensurePrivateFile(log);
            PrivateFiles.createDirectories(home);
            PrivateFiles.createDirectories(binDir);
        } catch (IOException e) {
            throw new EmbeddedServerException(
                    Reason.FAILED,
                    "Cannot create the folders for the embedded database.",
                    "Check that " + home + " is writable.",
                    log,
                    e);
        }
        // One process starts the server; others started at the same moment wait here and then
        // find it running (attach) instead of taking it for a crashed Plantdesk's.
        Folders folders = new Folders(dataDir, binDir, log);
        try (StartLock lock = StartLock.acquire(folders.lockFile(), START_LOCK_WAIT, log)) {
            // A server that other Plantdesk processes use (their shared lease) is theirs and ours
            // now; one nobody uses was left by a crashed Plantdesk and is restarted cleanly.
            boolean othersUseIt = ServerLease.inUse(folders.usersFile());
            ServerLease lease = takeLease(folders);
            try {
                Optional<EmbeddedServer> running = othersUseIt ? attachToRunning(folders, lease) : Optional.empty();
                if (running.isPresent()) {
                    return running.get();
                }
                return startFresh(folders, port, lease, othersUseIt);
            } catch (RuntimeException e) {
                lease.close();
                throw e;
            }
        }
    }

    private static ServerLease takeLease(Folders folders) {
        try {
            return ServerLease.take(folders.usersFile());
        } catch (IOException e) {
            throw new EmbeddedServerException(
                    Reason.FAILED,
                    "Cannot write the embedded database's users file " + folders.usersFile() + ".",
                    "Check that its folder is writable.",
                    folders.log(),
                    e);
        }
    }

    private static EmbeddedServer startFresh(Folders folders, int port, ServerLease lease, boolean othersUseIt) {
        Path dataDir = folders.dataDir();
        Path binDir = folders.binDir();
        Path log = folders.log();
        Path home = folders.home();
        DiskReserve disk = DiskReserve.beforeStart(home, log);
        StartProblems.checkDataDirectory(dataDir, log);
        if (!othersUseIt) {
            StartProblems.stopOrphan(dataDir, binDir, log); // never a server other Plantdesk processes use
        }
        StartProblems.checkPortFree(port, log);
        Path tree = PgBinaries.prepareOrExplain(binDir, log);
        Path socketDir = socketDirFor(dataDir, port);
        try {
            ServerFiles.makePrivateDir(socketDir);
            if (ServerFiles.removeStalePidFile(dataDir, binDir)) {
                LOG.warn(
                        "Removed {}: its process number now belongs to another program",
                        dataDir.resolve("postmaster.pid"));
            }
        } catch (IOException e) {
            throw new EmbeddedServerException(
                    Reason.FAILED,
                    "Cannot create the embedded database's socket folder.",
                    "Check that " + socketDir + " is writable.",
                    log,
                    e);
        }
        EmbeddedServer server;
        try {
            StartedHere.forget(dataDir); // a server this process started earlier and that died since
            server = launch(folders, tree, port, socketDir, lease);
        } finally {
            PgBinaries.forget();
        }
        server.closeOtherDatabases();
        server.diskWarning = disk.warning(server::diskUse);
        server.dataHome = home;
        disk.keep();
        server.diskWarning.ifPresent(LOG::warn);
        return server;
    }

    private static void refuseUnsafeFolders(Path home, Path dataDir, Path binDir, Path log) {
        for (Path above : List.of(
                home, binDir.toAbsolutePath().getParent(), log.toAbsolutePath().getParent())) {
            PrivateFiles.writableByOthers(above).ifPresent(open -> {
                throw new EmbeddedServerException(
                        Reason.UNSAFE_FOLDER,
                        "The embedded database's programs would run from " + open
                                + ", a folder other accounts on this computer can write to.",
                        "Ask IT to remove write access for others from " + open
                                + " (chmod go-w), or set PLANTDESK_HOME to a private folder.",
                        log,
                        null);
            });
        }
        FolderOwner.firstForeign(
                        List.of(home, dataDir, binDir, log.toAbsolutePath().getParent(), log))
                .ifPresent(foreign -> {
                    throw new EmbeddedServerException(
                            Reason.UNSAFE_FOLDER,
                            foreign
                                    + " belongs to another account on this computer, so the embedded database will not use it.",
                            "Ask IT to give it back to your account (or remove it), or set PLANTDESK_HOME to a folder of your own.",
                            log,
                            null);
                });
    }

    private static EmbeddedServer launch(Folders folders, Path tree, int port, Path socketDir, ServerLease lease) {
        Path dataDir = folders.dataDir();
        Path binDir = folders.binDir();
        Path log = folders.log();
        Path socketFile = socketDir.resolve(".s.PGSQL." + port);
        boolean passwordcheck = PgBinaries.hasPasswordcheck(tree);
        LOG.info("Starting the embedded PostgreSQL on 127.0.0.1:{} with data in {}", port, dataDir);
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(binDir.toFile())
                    .setPgBinaryResolver(PgBinaries.VERIFIED)
                    .setPort(port)
                    .setLocaleConfig("locale", "C")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("max_connections", String.valueOf(MAX_CONNECTIONS))
                    .setConnectConfig("socketFactory", "org.newsclub.net.unix.AFUNIXSocketFactory$FactoryArg")
                    .setConnectConfig("socketFactoryArg", socketFile.toString())
                    .setDataDirectoryCustomizer(dir -> ServerFiles.enforce(dir.toPath(), socketDir, passwordcheck))
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setRegisterShutdownHook(false)
                    .start();
            StartedHere.remember(dataDir, pg);
            // The library makes its binaries folders writable by others at each start (without the
            // search bit on pgbin, so nobody could create anything in them); this puts them back.
            PrivateFiles.makePrivate(binDir);
            PrivateFiles.makePrivate(tree);
            return new EmbeddedServer(pg, port, socketFile, folders, lease);
        } catch (IOException | RuntimeException e) {
            closeBinaries(binDir, tree); // a failed start must not leave the library's 0777 modes behind
            throw StartProblems.explain(e, port, dataDir, log);
        }
    }

    private static void closeBinaries(Path binDir, Path tree) {
        try (var all = Files.walk(binDir)) {
            for (Path p : all.toList()) {
                PrivateFiles.makePrivateKeepingExec(p);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not close the modes of {}", binDir, e);
        }
    }

    /**
     * People's logins have no business in the server's other databases: in {@code postgres} they
     * kept CONNECT and TEMP from PUBLIC and could fill the disk with large objects or temporary
     * tables (V011 closed these only in Plantdesk's own database). CONNECT and TEMP go from PUBLIC
     * on every other database, and large-object functions there too, at each start (idempotent).
     */
    void closeOtherDatabases() {
        try (Connection c = adminDataSource("postgres").getConnection();
                Statement s = c.createStatement()) {
            s.execute("revoke connect, temporary on database postgres, template1 from public");
            for (String fn : List.of(
                    "lo_from_bytea(oid, bytea)",
                    "lo_create(oid)",
                    "lo_creat(integer)",
                    "lo_import(text)",
                    "lo_import(text, oid)",
                    "lo_put(oid, bigint, bytea)",
                    "lowrite(integer, bytea)")) {
                s.execute("revoke execute on function pg_catalog." + fn + " from public");
            }
        } catch (SQLException e) {
            LOG.warn("Could not close the embedded server's other databases to people's logins", e);
        }
    }

    /** A sentence naming what fills the disk, or an empty string when it cannot be read. */
    public String diskUse() {
        try {
            return DiskUse.describe(this::adminDataSource);
        } catch (SQLException e) {
            LOG.debug("Could not measure what takes the disk", e);
            return "";
        }
    }

    public int port() {
        return port;
    }

    /** The folder holding this server's data and the files beside it (its lock, its users). */
    public Path home() {
        return folders.home();
    }

    /** A sentence when the disk was low (but above the reserve) at start; the shell may show it. */
    public Optional<String> diskWarning() {
        return diskWarning;
    }

    /**
     * The disk measured now: a sentence when the embedded database's disk has less than 1 GB free
     * (the shell may poll this and warn before PostgreSQL meets a full disk).
     */
    public Optional<String> currentDiskWarning() {
        if (dataHome == null) {
            return diskWarning;
        }
        return DiskReserve.now(dataHome, this::diskUse);
    }

    /** True when this process uses a server that another Plantdesk started (the last one out stops it). */
    public boolean attached() {
        return postgres == null;
    }

    /**
     * The port of the embedded server running on these folders right now (from its postmaster.pid,
     * if that process is this folder's postgres), without starting or touching anything.
     */
    public static Optional<Integer> runningPort(AppPaths paths) {
        return runningAddress(paths.embeddedDataDir(), paths.embeddedBinariesDir())
                .map(Address::port);
    }

    /** Where a running server listens, as its postmaster.pid says: port (line 4) and socket folder (line 5). */
    private record Address(int port, Path socketFile) {}

    private static Optional<Address> runningAddress(Path dataDir, Path binDir) {
        if (ServerFiles.orphanPostmaster(dataDir, binDir)
                .or(() -> ServerFiles.postmasterOf(dataDir))
                .isEmpty()) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"), StandardCharsets.UTF_8);
            int port = Integer.parseInt(lines.get(3).trim());
            return Optional.of(new Address(port, Path.of(lines.get(4).trim()).resolve(".s.PGSQL." + port)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // still starting (the file is written in steps) or unreadable
        }
    }

    /** True while this folder's postgres runs (whoever started it); false once it stopped or was killed. */
    public boolean serverAlive() {
        return ServerFiles.orphanPostmaster(folders.dataDir(), folders.binDir())
                .or(() -> ServerFiles.postmasterOf(folders.dataDir()))
                .isPresent();
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
        // The demo's seeds write thousands of rows in JDBC batches: sent as multi-row inserts, each
        // statement-level trigger (the rollups' invalidation) fires once per hundred rows, not per row.
        ds.setReWriteBatchedInserts(true);
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
     * The server that other Plantdesk processes use (the console, while a command runs): used
     * through its socket; it keeps running while any of them (or this one) still uses it.
     */
    private static Optional<EmbeddedServer> attachToRunning(Folders folders, ServerLease lease) {
        return runningAddress(folders.dataDir(), folders.binDir()).map(a -> {
            LOG.info("Using the embedded PostgreSQL another Plantdesk started, on port {}", a.port());
            return new EmbeddedServer(null, a.port(), a.socketFile(), folders, lease);
        });
    }

    /**
     * This process is done with the server. The server stops only when no other Plantdesk process
     * uses it (the last one out stops it, whoever started it); otherwise it keeps running for them.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(exitHook);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // the JVM is exiting: this is the hook running
        }
        try (StartLock lock = StartLock.acquire(folders.lockFile(), STOP_LOCK_WAIT, folders.log())) {
            lease.close();
            if (ServerLease.heldHere(folders.usersFile())) {
                return; // another part of this process still uses it
            }
            if (ServerLease.inUse(folders.usersFile())) {
                LOG.info("Leaving the embedded PostgreSQL running: another Plantdesk on this computer still uses it");
                StartedHere.handOver(folders.dataDir());
                return;
            }
            StartedHere.stop(folders);
        } catch (EmbeddedServerException e) {
            lease.close();
            // Another process is starting it right now: it uses the server, so it stays.
            LOG.info("Left the embedded PostgreSQL running: {}", e.getMessage());
            if (!ServerLease.heldHere(folders.usersFile())) {
                StartedHere.handOver(folders.dataDir());
            }
        }
    }

    /** Unix socket paths are limited to about 104 bytes; deep home folders fall back to a private temp folder. */
    private static Path socketDirFor(Path dataDir, int port) {
        Path preferred = dataDir.resolveSibling("run");
        if (preferred.toString().length() + 16 <= MAX_SOCKET_PATH) {
            return preferred;
        }
        return Path.of(
                System.getProperty("java.io.tmpdir"),
                "plantdesk-"
                        + ProcessHandle.current().info().user().orElse("user").replaceAll("[^A-Za-z0-9]", "") + "-"
                        + port);
    }
}
