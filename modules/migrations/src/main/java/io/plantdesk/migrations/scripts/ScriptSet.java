package io.plantdesk.migrations.scripts;

import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.Text;
import io.plantdesk.platform.db.Migrator;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The scripts the tracker works with: Plantdesk's own (packaged with this build) or a folder laid
 * out like sql/ (migrations/, rollback/, repeatable/, callbacks/), so that a plant can track a
 * schema of its own, reporting views say, with the same screen. A plant's own set keeps its history
 * in a table of its own, apart from Plantdesk's.
 *
 * @param folder       null for Plantdesk's own scripts
 * @param historyTable Flyway's history table for this set
 */
public record ScriptSet(Path folder, String historyTable) {

    /** The history table of a plant's own script set unless the setting names another. */
    public static final String CUSTOM_HISTORY_TABLE = "plant_schema_history";

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__(.+)\\.sql");
    private static final Pattern HISTORY_TABLE = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public ScriptSet {
        String problem = problemWith(folder == null ? "" : folder.toString(), historyTable);
        if (problem != null) {
            throw new PlantdeskException(problem, null);
        }
        if (folder != null && !Files.isDirectory(folder.resolve("migrations"))) {
            throw new PlantdeskException(
                    folder + " has no migrations/ folder.",
                    "Choose a folder laid out like Plantdesk's sql/: migrations/, rollback/, repeatable/, callbacks/.");
        }
    }

    /**
     * What is wrong with a folder and table typed into the setting, without touching the disk (an
     * empty folder means Plantdesk's own scripts); null when nothing is. Whether the folder holds
     * migrations/ shows when the tracker reads it.
     */
    public static String problemWith(String folder, String historyTable) {
        String table = historyTable == null || historyTable.isBlank() ? CUSTOM_HISTORY_TABLE : historyTable;
        if (!HISTORY_TABLE.matcher(table).matches()) {
            return "\"" + table
                    + "\" cannot be a history table's name: use lower-case letters, digits and underscores.";
        }
        try {
            if (folder != null && !folder.isBlank() && !Path.of(folder).isAbsolute()) {
                return "Give the folder's full path.";
            }
        } catch (InvalidPathException e) {
            return "\"" + folder + "\" is not a folder's path.";
        }
        return null;
    }

    public static ScriptSet plantdesk() {
        return new ScriptSet(null, Migrator.HISTORY_TABLE);
    }

    /** From the settings: an empty folder means Plantdesk's own scripts. */
    public static ScriptSet of(String folder, String historyTable) {
        if (folder == null || folder.isBlank()) {
            return plantdesk();
        }
        return new ScriptSet(
                Path.of(folder), historyTable == null || historyTable.isBlank() ? CUSTOM_HISTORY_TABLE : historyTable);
    }

    public boolean isPlantdesk() {
        return folder == null;
    }

    /** Shown in the screen's header and named in refusals; a key of the migration service's bundle. */
    public Text label() {
        return isPlantdesk()
                ? new Text("io.plantdesk.migrations.messages", "scripts.own")
                : new Text("io.plantdesk.migrations.messages", "scripts.folder", folder, historyTable);
    }

    public FluentConfiguration configure(DataSource admin) {
        return configure(admin, true);
    }

    /**
     * Without the repeatable scripts: what a database built by running the V scripts by hand has,
     * which is what a baseline compares with (migrate applies the repeatables after it).
     */
    public FluentConfiguration configureVersionsOnly(DataSource admin) {
        return configure(admin, false);
    }

    private FluentConfiguration configure(DataSource admin, boolean repeatables) {
        String[] locations = Stream.of("migrations", "repeatable", "callbacks")
                .filter(d -> repeatables || !d.equals("repeatable"))
                .filter(d -> isPlantdesk() || Files.isDirectory(folder.resolve(d)))
                .map(d -> isPlantdesk()
                        ? "classpath:db/" + d
                        : "filesystem:" + folder.resolve(d).toAbsolutePath())
                .toArray(String[]::new);
        if (isPlantdesk()) {
            return Migrator.configure(admin, historyTable, locations);
        }
        // Plantdesk's schema (and its history table) is already there: the plant's own history starts
        // with a version-0 marker instead of Flyway refusing a "non-empty schema".
        return Migrator.configure(admin, historyTable, locations)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .baselineDescription("where the plant scripts start");
    }

    public Flyway flyway(DataSource admin) {
        return configure(admin).load();
    }

    /** Every V script of the set with its U twin, oldest first. */
    public List<Script> scripts() {
        Path migrations = dir("migrations");
        Path rollback = dir("rollback");
        Map<String, Path> undo = new HashMap<>();
        for (Path u : ScriptFiles.list(rollback)) {
            String name = u.getFileName().toString();
            if (name.startsWith("U") && name.endsWith(".sql")) {
                Matcher m = VERSIONED.matcher("V" + name.substring(1));
                if (m.matches()) {
                    undo.put(version(m.group(1)), u);
                }
            }
        }
        List<Script> out = new ArrayList<>();
        for (Path v : ScriptFiles.list(migrations)) {
            Matcher m = VERSIONED.matcher(v.getFileName().toString());
            if (!m.matches()) {
                continue;
            }
            String version = version(m.group(1));
            String sql = ScriptFiles.read(v);
            Path u = undo.get(version);
            out.add(new Script(
                    version,
                    m.group(2).replace('_', ' '),
                    v.getFileName().toString(),
                    sql,
                    FlywayChecksum.of(sql),
                    ScriptHeader.parse(sql),
                    u == null ? null : u.getFileName().toString(),
                    u == null ? null : ScriptFiles.read(u)));
        }
        out.sort(Comparator.comparing(Script::version, Migrator::compareVersions));
        return out;
    }

    private Path dir(String name) {
        return isPlantdesk() ? Migrator.packagedDir("db/" + name) : folder.resolve(name);
    }

    private static String version(String raw) {
        return Migrator.normalize(raw.replace('_', '.'));
    }
}
