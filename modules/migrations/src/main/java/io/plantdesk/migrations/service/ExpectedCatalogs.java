package io.plantdesk.migrations.service;

import io.plantdesk.migrations.catalog.CatalogSnapshot;
import io.plantdesk.migrations.catalog.GoldenSnapshot;
import io.plantdesk.migrations.scripts.Script;
import io.plantdesk.migrations.scripts.ScriptSet;
import io.plantdesk.platform.db.Migrator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;

/**
 * What the scripts produce at a version: the golden snapshot of a released version of Plantdesk's
 * own scripts (sql/baseline, no database needed; with the repeatable scripts for drift, of the V
 * scripts alone for baseline), otherwise a scratch database migrated to it, kept per version (a
 * scratch migration takes seconds; the scripts do not change).
 */
final class ExpectedCatalogs {

    private final ScriptSet scripts;
    private final Supplier<List<Script>> scriptList;
    private final ScratchServer scratch;
    private final Set<String> historyTables;
    private final Map<String, CatalogSnapshot> built = new ConcurrentHashMap<>();

    ExpectedCatalogs(
            ScriptSet scripts, Supplier<List<Script>> scriptList, ScratchServer scratch, Set<String> historyTables) {
        this.scripts = scripts;
        this.scriptList = scriptList;
        this.scratch = scratch;
        this.historyTables = historyTables;
    }

    /** The expected catalog and where it came from, said in the drift report so the reader knows which. */
    record Expected(CatalogSnapshot catalog, String source) {}

    CatalogSnapshot at(String version, boolean repeatables) {
        return expected(version, repeatables).catalog();
    }

    Expected expected(String version, boolean repeatables) {
        Optional<Script> script = scripts.isPlantdesk() && version != null
                ? scriptList.get().stream()
                        .filter(s -> s.version().equals(version))
                        .findFirst()
                : Optional.empty();
        if (script.isPresent()) {
            Optional<CatalogSnapshot> golden = golden(script.get(), repeatables);
            if (golden.isPresent()) {
                return new Expected(
                        golden.get(),
                        "the golden baseline sql/" + GoldenSnapshot.FOLDER + "/"
                                + GoldenSnapshot.fileName(paddedVersion(script.get()), repeatables)
                                + ", no scratch database");
            }
        }
        String why = script.isPresent()
                ? "V" + version + " has no golden baseline in sql/" + GoldenSnapshot.FOLDER + ", so a scratch database"
                : "a scratch database";
        return new Expected(built(version, repeatables), why + " migrated to it");
    }

    Optional<CatalogSnapshot> golden(String version) {
        return scriptList.get().stream()
                .filter(s -> s.version().equals(version))
                .findFirst()
                .flatMap(s -> golden(s, true));
    }

    private static Optional<CatalogSnapshot> golden(Script s, boolean repeatables) {
        return GoldenSnapshot.read(Migrator.packagedDir("db/" + GoldenSnapshot.FOLDER), paddedVersion(s), repeatables);
    }

    static String paddedVersion(Script s) {
        return s.fileName().substring(1, s.fileName().indexOf("__"));
    }

    CatalogSnapshot built(String version, boolean repeatables) {
        return built.computeIfAbsent((version == null ? "" : version) + (repeatables ? "+R" : ""), key -> {
            String v = version == null ? "" : version;
            String name = ScratchServer.name();
            DataSource db = scratch.create(name);
            try {
                if (!scripts.isPlantdesk()) {
                    ScriptSet.plantdesk().flyway(db).migrate(); // a plant's own schema builds on Plantdesk's
                }
                if (!v.isEmpty()) {
                    try {
                        (repeatables ? scripts.configure(db) : scripts.configureVersionsOnly(db))
                                .target(v)
                                .load()
                                .migrate();
                    } catch (FlywayException e) {
                        if (!repeatables) {
                            throw e;
                        }
                        // A repeatable script that needs a later version's objects: what a migrate to v leaves
                        // is the versions alone (ScriptRunner does the same); the repeatable left nothing.
                        scripts.configureVersionsOnly(db).target(v).load().migrate();
                    }
                }
                return CatalogSnapshot.read(db, historyTables);
            } finally {
                scratch.drop(name);
            }
        });
    }
}
