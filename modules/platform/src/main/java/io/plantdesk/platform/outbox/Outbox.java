package io.plantdesk.platform.outbox;

import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.Text;
import io.plantdesk.platform.config.PrivateFiles;
import io.plantdesk.platform.ids.Ids;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A person's local outbox: one SQLite file in the user's data folder ({@code outbox/<person>.db},
 * folder 0700, file 0600), in WAL mode with {@code synchronous=FULL}, so an action {@link #append}
 * returned is on disk and survives a crash of Plantdesk or a power cut. Actions are kept in the
 * person's order; the replayer takes them from the head and removes each one only after the
 * server confirmed its commit. One connection, every call synchronised: the replayer's thread and
 * the screens' background tasks share it.
 */
public final class Outbox implements AutoCloseable {

    private final Path file;
    private final UUID personId;
    private final Clock clock;
    private final Ids ids;
    private final Connection db;

    private Outbox(Path file, UUID personId, Clock clock, Connection db) {
        this.file = file;
        this.personId = personId;
        this.clock = clock;
        this.ids = new Ids(clock);
        this.db = db;
    }

    /** The person's outbox file under {@code dataDir} (AppPaths.dataDir()). */
    public static Path fileFor(Path dataDir, UUID personId) {
        return dataDir.resolve("outbox").resolve(personId + ".db");
    }

    /**
     * Opens (or creates) the person's outbox. A damaged file is refused with a clear sentence and
     * left exactly as it is: the actions in it may still be read back by IT.
     */
    public static Outbox open(Path dataDir, UUID personId, Clock clock) {
        Path file = fileFor(dataDir, personId);
        try {
            PrivateFiles.createDirectories(file.getParent());
            PrivateFiles.ensurePrivateFile(file);
        } catch (IOException e) {
            throw OutboxErrors.error("outbox.folder", "outbox.folder.hint", e, file.getParent());
        }
        Connection c = null;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("pragma busy_timeout = 5000");
                try (ResultSet r = s.executeQuery("pragma journal_mode = wal")) {
                    if (!r.next() || !"wal".equalsIgnoreCase(r.getString(1))) {
                        throw new SQLException("journal_mode is not wal");
                    }
                }
                s.execute("pragma synchronous = full");
                try (ResultSet r = s.executeQuery("pragma quick_check")) {
                    if (!r.next() || !"ok".equalsIgnoreCase(r.getString(1))) {
                        throw new SQLiteException(
                                "quick_check: " + (r.isClosed() ? "?" : r.getString(1)),
                                SQLiteErrorCode.SQLITE_CORRUPT);
                    }
                }
                s.execute("""
                        create table if not exists action (
                          seq integer primary key autoincrement,
                          id text not null unique,
                          person text not null,
                          type text not null,
                          payload text not null,
                          created_at integer not null,
                          state text not null default 'PENDING' check (state in ('PENDING', 'REJECTED')),
                          attempts integer not null default 0,
                          reason_bundle text, reason_key text, reason_args text
                        )""");
                ReferenceCache.create(s);
            }
            for (String side : List.of("-wal", "-shm")) {
                PrivateFiles.makePrivate(file.resolveSibling(file.getFileName() + side));
            }
            return new Outbox(file, personId, clock, c);
        } catch (SQLException | IOException e) {
            closeQuietly(c);
            if (e instanceof SQLiteException se && damaged(se)) {
                throw OutboxErrors.error("outbox.damaged", "outbox.damaged.hint", e, file);
            }
            throw OutboxErrors.error("outbox.open", "outbox.open.hint", e, file);
        }
    }

    /** The floor screens' reference data, kept in this same file. */
    public ReferenceCache cache() {
        return new ReferenceCache(this);
    }

    synchronized <T> T inTransaction(ReferenceCache.SqlWork<T> work) {
        try {
            db.setAutoCommit(false);
            try {
                T t = work.run(db);
                db.commit();
                return t;
            } catch (SQLException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw writeFailed(e);
        }
    }

    synchronized <T> T read(ReferenceCache.SqlWork<T> work) {
        try {
            return work.run(db);
        } catch (SQLException e) {
            throw readFailed(e);
        }
    }

    public Path file() {
        return file;
    }

    public UUID personId() {
        return personId;
    }

    /** The clock actions are stamped with (a type's payload may carry the moment the person acted). */
    public Clock clock() {
        return clock;
    }

    /**
     * Writes an action and returns once it is durable on this computer (the commit of a
     * synchronous=FULL WAL database has been fsync'd). Only then may a screen tell the person it
     * was recorded. A full disk or a broken file throws, and nothing is acknowledged.
     */
    public synchronized OutboxAction append(String type, ActionPayload payload) {
        return append(ids.next(), type, payload);
    }

    /**
     * As {@link #append(String, ActionPayload)}, with the key a screen already used for a direct
     * call that got no answer: the server may have committed it, and the replay under the same
     * key is then a no-op.
     */
    public synchronized OutboxAction append(UUID id, String type, ActionPayload payload) {
        Instant now = clock.instant();
        try (PreparedStatement p = db.prepareStatement(
                "insert into action (id, person, type, payload, created_at) values (?, ?, ?, ?, ?)")) {
            p.setString(1, id.toString());
            p.setString(2, personId.toString());
            p.setString(3, type);
            p.setString(4, payload.toJson());
            p.setLong(5, now.toEpochMilli());
            p.executeUpdate();
        } catch (SQLException e) {
            throw writeFailed(e);
        }
        return find(id).orElseThrow();
    }

    /** The next action to deliver: the oldest pending one in the person's order. */
    public synchronized Optional<OutboxAction> head() {
        return query("where state = 'PENDING' order by seq limit 1").stream().findFirst();
    }

    /** The next {@code limit} actions to deliver, in the person's order (the replayer's batch). */
    public synchronized List<OutboxAction> pending(int limit) {
        return query("where state = 'PENDING' order by seq limit " + Math.max(1, limit));
    }

    public synchronized Optional<OutboxAction> find(UUID id) {
        try (PreparedStatement p = db.prepareStatement(SELECT + " where id = ?")) {
            p.setString(1, id.toString());
            return read(p).stream().findFirst();
        } catch (SQLException e) {
            throw readFailed(e);
        }
    }

    /** Every action, pending and refused, in the person's order. */
    public synchronized List<OutboxAction> all() {
        return query("order by seq");
    }

    public synchronized List<OutboxAction> rejected() {
        return query("where state = 'REJECTED' order by seq");
    }

    public synchronized OutboxStatus status() {
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("select count(*) filter (where state = 'PENDING'), "
                        + "count(*) filter (where state = 'REJECTED'), min(created_at) filter (where state = 'PENDING') "
                        + "from action")) {
            r.next();
            long oldest = r.getLong(3);
            return new OutboxStatus(r.getInt(1), r.getInt(2), r.wasNull() ? null : Instant.ofEpochMilli(oldest), true);
        } catch (SQLException e) {
            throw readFailed(e);
        }
    }

    /** The server confirmed the commit (or that it had committed this key before): the action is done. */
    public synchronized void remove(UUID id) {
        update("delete from action where id = ?", id.toString());
    }

    /**
     * The server confirmed one commit for all of these: they leave together, in one local
     * transaction (one fsync for a batch rather than one per action). A crash before this
     * commits leaves them all, and they are sent again: the server answers "already done".
     */
    public synchronized void removeAll(List<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        try {
            db.setAutoCommit(false);
            try (PreparedStatement p = db.prepareStatement("delete from action where id = ?")) {
                for (UUID id : ids) {
                    p.setString(1, id.toString());
                    p.addBatch();
                }
                p.executeBatch();
                db.commit();
            } catch (SQLException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw writeFailed(e);
        }
    }

    /** A delivery got no answer: counted, the action stays at the head. */
    synchronized void countAttempt(UUID id) {
        update("update action set attempts = attempts + 1 where id = ?", id.toString());
    }

    /** The server refused it: set aside for the Sync panel with the reason; later actions go on. */
    public synchronized void reject(UUID id, Text reason) {
        try (PreparedStatement p = db.prepareStatement("update action set state = 'REJECTED', "
                + "reason_bundle = ?, reason_key = ?, reason_args = ? where id = ?")) {
            p.setString(1, reason.bundle());
            p.setString(2, reason.key());
            p.setString(3, ReasonArgs.toJson(reason.args()));
            p.setString(4, id.toString());
            p.executeUpdate();
        } catch (SQLException e) {
            throw writeFailed(e);
        }
    }

    /**
     * Sends a refused action again, with the person's fix: same client id (the server never
     * committed it), at the end of the person's order, durable before this returns.
     */
    public synchronized OutboxAction resend(UUID id, ActionPayload fixed) {
        OutboxAction a = find(id).filter(x -> x.state() == OutboxAction.State.REJECTED)
                .orElseThrow(() -> OutboxErrors.error("outbox.not.rejected"));
        try {
            db.setAutoCommit(false);
            try (PreparedStatement del = db.prepareStatement("delete from action where id = ?");
                    PreparedStatement ins = db.prepareStatement(
                            "insert into action (id, person, type, payload, created_at) values (?, ?, ?, ?, ?)")) {
                del.setString(1, id.toString());
                del.executeUpdate();
                ins.setString(1, id.toString());
                ins.setString(2, a.personId().toString());
                ins.setString(3, a.type());
                ins.setString(4, fixed.toJson());
                ins.setLong(5, a.createdAt().toEpochMilli());
                ins.executeUpdate();
                db.commit();
            } catch (SQLException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw writeFailed(e);
        }
        return find(id).orElseThrow();
    }

    /** The person chose, after a confirmation, to drop a refused action. Pending ones cannot be dropped. */
    public synchronized void discard(UUID id) {
        find(id).filter(x -> x.state() == OutboxAction.State.REJECTED)
                .orElseThrow(() -> OutboxErrors.error("outbox.not.rejected"));
        remove(id);
    }

    @Override
    public synchronized void close() {
        closeQuietly(db);
    }

    private static final String SELECT = "select id, seq, person, type, payload, created_at, state, attempts, "
            + "reason_bundle, reason_key, reason_args from action";

    private List<OutboxAction> query(String tail) {
        try (PreparedStatement p = db.prepareStatement(SELECT + " " + tail)) {
            return read(p);
        } catch (SQLException e) {
            throw readFailed(e);
        }
    }

    private static List<OutboxAction> read(PreparedStatement p) throws SQLException {
        List<OutboxAction> out = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                String key = r.getString(10);
                Text reason = key == null ? null : new Text(r.getString(9), key, ReasonArgs.fromJson(r.getString(11)));
                out.add(new OutboxAction(
                        UUID.fromString(r.getString(1)),
                        r.getLong(2),
                        UUID.fromString(r.getString(3)),
                        r.getString(4),
                        ActionPayload.fromJson(r.getString(5)),
                        Instant.ofEpochMilli(r.getLong(6)),
                        OutboxAction.State.valueOf(r.getString(7)),
                        r.getInt(8),
                        reason));
            }
        }
        return out;
    }

    private void update(String sql, String id) {
        try (PreparedStatement p = db.prepareStatement(sql)) {
            p.setString(1, id);
            p.executeUpdate();
        } catch (SQLException e) {
            throw writeFailed(e);
        }
    }

    private PlantdeskException writeFailed(SQLException e) {
        if (e instanceof SQLiteException se
                && (se.getResultCode() == SQLiteErrorCode.SQLITE_FULL
                        || se.getResultCode() == SQLiteErrorCode.SQLITE_IOERR_WRITE
                        || se.getResultCode() == SQLiteErrorCode.SQLITE_IOERR_FSYNC)) {
            return OutboxErrors.error("outbox.full", "outbox.full.hint", e, file.getParent());
        }
        if (e instanceof SQLiteException se && damaged(se)) {
            return OutboxErrors.error("outbox.damaged", "outbox.damaged.hint", e, file);
        }
        return OutboxErrors.error("outbox.write", "outbox.write.hint", e, file);
    }

    private PlantdeskException readFailed(SQLException e) {
        if (e instanceof SQLiteException se && damaged(se)) {
            return OutboxErrors.error("outbox.damaged", "outbox.damaged.hint", e, file);
        }
        return OutboxErrors.error("outbox.read", "outbox.write.hint", e, file);
    }

    private static boolean damaged(SQLiteException e) {
        return e.getResultCode() == SQLiteErrorCode.SQLITE_CORRUPT
                || e.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB;
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing a local file: nothing a person could do
            }
        }
    }
}
