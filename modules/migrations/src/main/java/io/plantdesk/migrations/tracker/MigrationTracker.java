package io.plantdesk.migrations.tracker;

import io.plantdesk.migrations.scripts.ScriptSet;
import io.plantdesk.platform.db.Migrator;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Reads one environment's schema history the way the tracker's grid shows it: every versioned
 * migration Flyway knows of there (shipped by this build, applied there, or both), in one of the
 * {@link CellState}s. Flyway's own MigrationInfoService is the source, with the shipped and the
 * applied checksum compared for drift. Reads only.
 */
public final class MigrationTracker {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private MigrationTracker() {}

    /** By version, oldest first. {@code admin} must be able to read the history table. */
    public static Map<String, HistoryCell> read(DataSource admin) {
        return read(admin, ScriptSet.plantdesk());
    }

    /** The same for any script set, through that set's own history table. */
    public static Map<String, HistoryCell> read(DataSource admin, ScriptSet scripts) {
        Flyway flyway = scripts.flyway(admin);
        Map<Integer, Instant> installedUtc = installedOnUtc(admin, scripts.historyTable());
        Map<String, HistoryCell> out = new LinkedHashMap<>();
        for (MigrationInfo i : flyway.info().all()) {
            if (i.getVersion() == null) {
                continue; // repeatable scripts are re-run when they change; the grid tracks versions
            }
            String v = Migrator.normalize(i.getVersion().getVersion()); // V001 is "1", as everywhere in Plantdesk
            // Drift: the script this build ships is not the one that ran there (Flyway's validate would refuse it).
            boolean drift = i.getResolvedChecksum() != null
                    && i.getAppliedChecksum() != null
                    && !i.getResolvedChecksum().equals(i.getAppliedChecksum());
            Instant installedOn = i.getInstalledOn() == null
                    ? null
                    : installedUtc.getOrDefault(
                            i.getInstalledRank(), i.getInstalledOn().toInstant());
            out.put(
                    v,
                    new HistoryCell(
                            v,
                            i.getDescription(),
                            CellState.of(i.getState(), drift),
                            installedOn,
                            i.getInstalledBy(),
                            i.getExecutionTime(),
                            i.getInstalledOn() == null ? null : i.getAppliedChecksum(),
                            i.getInstalledOn() == null ? null : i.getInstalledRank()));
        }
        return out;
    }

    /** A repeatable script (R__) as Flyway sees it there: its state ("pending", "success", "outdated") and checksums. */
    public record Repeatable(
            String description,
            String script,
            String state,
            Integer shippedChecksum,
            Integer appliedChecksum,
            Instant installedOn) {}

    /** The set's repeatable scripts there, by description: what status lists beside the versions. */
    public static List<Repeatable> repeatables(DataSource admin, ScriptSet scripts) {
        Map<Integer, Instant> installedUtc = installedOnUtc(admin, scripts.historyTable());
        Map<String, Repeatable> out = new TreeMap<>();
        for (MigrationInfo i : scripts.flyway(admin).info().all()) {
            if (i.getVersion() != null) {
                continue;
            }
            // The newest row of each repeatable script is what counts; older rows are its earlier runs.
            Instant at = i.getInstalledOn() == null
                    ? null
                    : installedUtc.getOrDefault(
                            i.getInstalledRank(), i.getInstalledOn().toInstant());
            Repeatable r = new Repeatable(
                    i.getDescription(),
                    i.getScript(),
                    i.getState().getDisplayName().toLowerCase(Locale.ROOT),
                    i.getResolvedChecksum(),
                    i.getAppliedChecksum(),
                    at);
            Repeatable before = out.get(i.getDescription());
            if (before == null || (at != null && (before.installedOn() == null || at.isAfter(before.installedOn())))) {
                out.put(i.getDescription(), r);
            }
        }
        return List.copyOf(out.values());
    }

    /**
     * When each history row was written, as a moment: Flyway hands installed_on (a timestamp
     * without zone) to Java in the reader's zone, so the same row read 02:39, 07:39 or the day
     * before depending on TZ. Plantdesk writes it in UTC (Migrator's initSql) and reads it so here.
     */
    private static Map<Integer, Instant> installedOnUtc(DataSource admin, String historyTable) {
        Map<Integer, Instant> out = new HashMap<>();
        try (Connection c = admin.getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet exists = s.executeQuery("select to_regclass('" + historyTable + "') is not null")) {
                exists.next();
                if (!exists.getBoolean(1)) {
                    return out;
                }
            }
            // historyTable matched ScriptSet's name pattern (letters, digits, underscores): safe to splice.
            try (ResultSet rs =
                    s.executeQuery("select installed_rank, to_char(installed_on, 'YYYY-MM-DD\"T\"HH24:MI:SS.US') from "
                            + historyTable)) {
                while (rs.next()) {
                    out.put(rs.getInt(1), LocalDateTime.parse(rs.getString(2)).toInstant(ZoneOffset.UTC));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + historyTable + ": " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * The applied tracker in the text form of the plant's old tracker files (seed 001), one line
     * per migration that ran there: {@code NNN | YYYY-MM-DD | who | description}.
     */
    public static String export(Collection<HistoryCell> cells) {
        return cells.stream()
                .filter(c -> c.installedOn() != null && c.state() != CellState.FAILED)
                .sorted(Comparator.comparing(HistoryCell::version, Migrator::compareVersions))
                .map(c -> String.format(
                        "%s | %s | %s | %s",
                        padded(c.version()), DAY.format(c.installedOn()), c.installedBy(), c.description()))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    /** "1" is written 001, as the old tracker files did; "1.2" stays as it is. */
    private static String padded(String version) {
        return version.matches("\\d{1,2}") ? String.format("%03d", Integer.parseInt(version)) : version;
    }
}
