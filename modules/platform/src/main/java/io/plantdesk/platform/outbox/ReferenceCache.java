package io.plantdesk.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reference data a floor screen needs to record actions with the server away (lines,
 * operators, operations, vehicles, assets), as it was last loaded while online: rows of named
 * text values per list, kept in the person's outbox file (private, durable) and replaced whole
 * at each refresh. A screen that cannot reach the server shows these, marked with their time.
 */
public final class ReferenceCache {

    /** A list as last loaded, and when. */
    public record Cached(List<Map<String, String>> rows, Instant savedAt) {}

    private final Outbox outbox;

    ReferenceCache(Outbox outbox) {
        this.outbox = outbox;
    }

    static void create(Statement s) throws SQLException {
        s.execute("""
                create table if not exists reference (
                  list text not null,
                  seq integer not null,
                  row text not null,
                  saved_at integer not null,
                  primary key (list, seq)
                )""");
    }

    /** Replaces the list {@code name} with {@code rows}, in one local transaction. */
    public void put(String name, List<Map<String, String>> rows, Instant at) {
        outbox.inTransaction(db -> {
            try (PreparedStatement del = db.prepareStatement("delete from reference where list = ?");
                    PreparedStatement ins = db.prepareStatement(
                            "insert into reference (list, seq, row, saved_at) values (?, ?, ?, ?)")) {
                del.setString(1, name);
                del.executeUpdate();
                int seq = 0;
                for (Map<String, String> r : rows) {
                    ins.setString(1, name);
                    ins.setInt(2, seq++);
                    ins.setString(3, ActionPayload.of(r).toJson());
                    ins.setLong(4, at.toEpochMilli());
                    ins.addBatch();
                }
                // An empty list leaves no rows and reads back as "never cached": the screen then says it has nothing.
                ins.executeBatch();
            }
            return null;
        });
    }

    /** The list as last saved, or empty when it never was. */
    public Optional<Cached> get(String name) {
        return outbox.read(db -> {
            List<Map<String, String>> rows = new ArrayList<>();
            long savedAt = 0;
            try (PreparedStatement p =
                    db.prepareStatement("select row, saved_at from reference where list = ? order by seq")) {
                p.setString(1, name);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        rows.add(ActionPayload.fromJson(r.getString(1)).values());
                        savedAt = r.getLong(2);
                    }
                }
            }
            return rows.isEmpty()
                    ? Optional.<Cached>empty()
                    : Optional.of(new Cached(rows, Instant.ofEpochMilli(savedAt)));
        });
    }

    /** Work on the outbox's connection, under its lock. */
    interface SqlWork<T> {
        T run(Connection db) throws SQLException;
    }
}
