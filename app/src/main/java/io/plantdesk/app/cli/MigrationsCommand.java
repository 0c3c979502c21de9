package io.plantdesk.app.cli;

import io.plantdesk.app.AppContext;
import io.plantdesk.migrations.catalog.CatalogSnapshot;
import io.plantdesk.migrations.catalog.GoldenSnapshot;
import io.plantdesk.migrations.catalog.SchemaDocument;
import io.plantdesk.migrations.lint.Finding;
import io.plantdesk.migrations.lint.MigrationLint;
import io.plantdesk.migrations.lint.MigrationLock;
import io.plantdesk.migrations.scripts.Script;
import io.plantdesk.migrations.scripts.ScriptSet;
import io.plantdesk.migrations.service.EnvironmentHistory;
import io.plantdesk.migrations.service.MigrationService;
import io.plantdesk.migrations.service.RollbackLog;
import io.plantdesk.migrations.service.ScratchServer;
import io.plantdesk.migrations.tracker.CellState;
import io.plantdesk.migrations.tracker.HistoryCell;
import io.plantdesk.migrations.tracker.MigrationTracker;
import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.db.Migrator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code plantdesk migrations ...}: the schema scripts' own tools. */
@Command(
        name = "migrations",
        mixinStandardHelpOptions = true,
        description = "Tools for the schema scripts (sql/).",
        subcommands = {
            MigrationsCommand.Lint.class,
            MigrationsCommand.Status.class,
            MigrationsCommand.Snapshot.class,
            MigrationActions.Drift.class,
            MigrationActions.Validate.class,
            MigrationActions.Repair.class,
            MigrationActions.Baseline.class,
            MigrationActions.Rollback.class
        })
final class MigrationsCommand implements Runnable {

    @Override
    public void run() {
        System.err.println("plantdesk migrations: name a command, e.g. plantdesk migrations lint");
    }

    @Command(
            name = "lint",
            mixinStandardHelpOptions = true,
            description = {
                "Check a sql/ folder against its rules (sql/README.md): names, headers, U twins, the checksum",
                "lock, archive/ never on Flyway's path, a reason on every destructive statement.",
                "Exit code 0 when clean, 1 with the findings listed."
            })
    static final class Lint implements Callable<Integer> {

        @Option(names = "--sql", description = "The sql/ folder (default: ./sql).", defaultValue = "sql")
        Path sql;

        @Option(
                names = "--lock",
                description = "First add the V scripts not locked yet to sql/migrations.lock (never changes an entry).")
        boolean lock;

        @Override
        public Integer call() {
            if (!Files.isDirectory(sql.resolve("migrations"))) {
                System.err.println("plantdesk migrations lint: " + sql.toAbsolutePath()
                        + " has no migrations/ folder; point --sql at one");
                return 2;
            }
            if (lock) {
                int added = MigrationLock.lockNew(sql, MigrationLint.versionedScripts(sql));
                System.out.println(CliText.say("lint.locked", added, sql.resolve(MigrationLock.FILE)));
            }
            List<Finding> findings = MigrationLint.check(sql);
            findings.forEach(System.out::println);
            System.out.println(
                    findings.isEmpty()
                            ? CliText.say(
                                    "lint.clean",
                                    MigrationLint.versionedScripts(sql).size())
                            : CliText.say("lint.findings", findings.size()));
            return findings.isEmpty() ? 0 : 1;
        }
    }

    @Command(
            name = "snapshot",
            description = {
                "Write the golden baseline of this build's newest version: sql/baseline/V<NNN>.catalog (the catalog",
                "the scripts produce, built in a scratch database on the embedded server; the drift report compares",
                "with it without one), sql/baseline/V<NNN>.versions.catalog (the V scripts alone: what baseline compares",
                "a hand-built database with) and sql/SCHEMA.md, the schema document generated from it. Run it after",
                "adding a migration; a test fails, saying so, while they do not match the scripts."
            })
    static final class Snapshot implements Callable<Integer> {
        private final AppContext ctx;

        @Mixin
        HelpOnly help;

        @Option(names = "--sql", description = "The sql/ folder (default: ./sql).", defaultValue = "sql")
        Path sql;

        @Option(
                names = "--version",
                paramLabel = "V",
                description = "An older released version to snapshot instead of the newest "
                        + "(sql/SCHEMA.md stays the newest's).")
        String version;

        Snapshot(AppContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() throws IOException {
            if (!Files.isDirectory(sql.resolve("migrations"))) {
                System.err.println("plantdesk migrations snapshot: " + sql.toAbsolutePath()
                        + " has no migrations/ folder; point --sql at one");
                return 2;
            }
            // Built from the scripts packaged in this build (./plantdesk rebuilds when sql/ changed), checked against
            // the folder.
            List<String> inFolder = MigrationLint.versionedScripts(sql).stream()
                    .map(f -> f.getFileName().toString())
                    .sorted()
                    .toList();
            MigrationService service = new MigrationService(
                    ScriptSet.plantdesk(),
                    List.of(),
                    env -> {
                        throw new IllegalStateException("a snapshot reads no environment");
                    },
                    ScratchServer.embedded(ctx.embedded()));
            if (!service.scripts().stream()
                    .map(Script::fileName)
                    .sorted()
                    .toList()
                    .equals(inFolder)) {
                System.err.println("plantdesk migrations snapshot: this build's packaged scripts differ from "
                        + sql.resolve("migrations") + "; rebuild first (./plantdesk does when sql/ changed)");
                return 2;
            }
            Script newest = service.scripts().getLast();
            Script target = newest;
            if (version != null) {
                String v = Migrator.normalize(version.strip());
                var found = service.scripts().stream()
                        .filter(s -> s.version().equals(v))
                        .findFirst();
                if (found.isEmpty()) {
                    System.err.println("plantdesk migrations snapshot: this build has no V" + v + " script");
                    return 2;
                }
                target = found.get();
            }
            Path dir = sql.resolve(GoldenSnapshot.FOLDER);
            Files.createDirectories(dir);
            List<String> wrote = new ArrayList<>();
            CatalogSnapshot withRepeatables = null;
            for (boolean repeatables : new boolean[] {true, false}) {
                var snapshot = service.built(target.version(), repeatables);
                withRepeatables = repeatables ? snapshot : withRepeatables;
                Path file = dir.resolve(GoldenSnapshot.fileName(MigrationService.paddedVersion(target), repeatables));
                Files.writeString(file, GoldenSnapshot.text(snapshot));
                wrote.add(file + " (" + snapshot.objects().size() + " objects)");
            }
            if (target == newest) {
                Path doc = sql.resolve("SCHEMA.md");
                Files.writeString(doc, SchemaDocument.markdown(newest.version(), withRepeatables));
                wrote.add(doc.toString());
            }
            System.out.println("Wrote " + String.join(", ", wrote) + ".");
            return 0;
        }
    }

    @Command(
            name = "status",
            description = {
                "Show a database's schema history as the migration tracker sees it, sorted by version: each",
                "migration applied (when, in UTC; by whom; how long; applied and shipped checksums), pending, failed,",
                "drifted (the shipped script differs), unknown to this build, baseline or ignored; the repeatable",
                "scripts; and the rollback log. With --export, the applied tracker as text",
                "(NNN | YYYY-MM-DD in UTC | who | description), to --output FILE or the screen."
            })
    static final class Status implements Callable<Integer> {

        private static final DateTimeFormatter WHEN =
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
        private final AppContext ctx;

        @Mixin
        AdminTarget target;

        @Mixin
        TrackerOptions tracker;

        @Mixin
        HelpOnly help;

        @Option(names = "--export", description = "Print the applied tracker in its text form instead.")
        boolean export;

        @Option(
                names = "--output",
                paramLabel = "FILE",
                description = "With --export: write it to this file (one per environment).")
        Path output;

        Status(AppContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            AdminTarget.Opened db = target.open(ctx);
            MigrationService service = tracker.service(ctx, target, db);
            ScriptSet set = service.scriptSet();
            Map<String, HistoryCell> cells = MigrationTracker.read(db.dataSource(), set);
            if (export) {
                String text = MigrationTracker.export(cells.values());
                if (output == null) {
                    System.out.print(text);
                } else {
                    try {
                        Files.writeString(output, text);
                    } catch (IOException e) {
                        throw new PlantdeskException(
                                "Cannot write " + output.toAbsolutePath() + ": " + e.getMessage(),
                                "Choose a folder you can write to.",
                                e);
                    }
                    System.out.println(CliText.say(
                            "tracker.wrote", db.where(), text.lines().count(), output.toAbsolutePath()));
                }
                return 0;
            }
            Map<String, Integer> shipped =
                    service.scripts().stream().collect(Collectors.toMap(Script::version, Script::checksum));
            List<HistoryCell> sorted = cells.values().stream()
                    .sorted(Comparator.comparing(HistoryCell::version, Migrator::compareVersions))
                    .toList();
            List<MigrationTracker.Repeatable> repeatables = MigrationTracker.repeatables(db.dataSource(), set);
            List<RollbackLog.Entry> rollbacks = service.rollbacks(db.profile());
            if (tracker.json) {
                System.out.println(Json.of(json(db, service, sorted, shipped, repeatables, rollbacks)));
                return 0;
            }
            System.out.println("Schema history of " + db.where());
            System.out.println("Scripts: " + TrackerOptions.describe(set) + "; times in UTC");
            System.out.printf(
                    "%-8s %-9s %-16s %-18s %7s %12s %12s  %s%n",
                    "version", "state", "applied (UTC)", "by", "ms", "checksum", "shipped", "description");
            for (HistoryCell c : sorted) {
                Integer ship = shipped.get(c.version());
                System.out.printf(
                        "%-8s %-9s %-16s %-18s %7s %12s %12s  %s%n",
                        c.version(),
                        c.state().name().toLowerCase(Locale.ROOT),
                        c.installedOn() == null ? "-" : WHEN.format(c.installedOn()),
                        c.installedBy() == null ? "-" : c.installedBy(),
                        c.executionMs() == null ? "-" : c.executionMs(),
                        c.appliedChecksum() == null ? "-" : c.appliedChecksum(),
                        ship == null ? "-" : ship,
                        c.description());
            }
            for (MigrationTracker.Repeatable r : repeatables) {
                System.out.printf(
                        "%-8s %-9s %-16s %-18s %7s %12s %12s  %s%n",
                        "R",
                        r.state(),
                        r.installedOn() == null ? "-" : WHEN.format(r.installedOn()),
                        "",
                        "",
                        r.appliedChecksum() == null ? "-" : r.appliedChecksum(),
                        r.shippedChecksum() == null ? "-" : r.shippedChecksum(),
                        r.description() + " (repeatable)");
            }
            long applied = sorted.stream().filter(HistoryCell::ranSuccessfully).count();
            long pending =
                    sorted.stream().filter(c -> c.state() == CellState.PENDING).count();
            System.out.println(CliText.say(
                    "status.summary",
                    sorted.size(),
                    applied,
                    pending,
                    repeatables.size(),
                    Objects.requireNonNullElse(
                            EnvironmentHistory.currentVersion(cells), "0"))); // V0: nothing applied, never "Vnull"
            if (!rollbacks.isEmpty()) {
                System.out.println("Rollbacks (UTC):");
                rollbacks.forEach(r -> System.out.printf(
                        "  %s  V%s %s, by %s (%s): %s%n",
                        WHEN.format(r.at()), r.version(), r.description(), r.by(), r.script(), r.reason()));
            }
            return 0;
        }

        private static Map<String, Object> json(
                AdminTarget.Opened db,
                MigrationService service,
                List<HistoryCell> sorted,
                Map<String, Integer> shipped,
                List<MigrationTracker.Repeatable> repeatables,
                List<RollbackLog.Entry> rollbacks) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("database", db.where());
            out.put("scripts", TrackerOptions.describe(service.scriptSet()));
            out.put("historyTable", service.scriptSet().historyTable());
            out.put(
                    "migrations",
                    sorted.stream()
                            .map(c -> {
                                Map<String, Object> m = new LinkedHashMap<>();
                                m.put("version", c.version());
                                m.put("description", c.description());
                                m.put("state", c.state().name().toLowerCase(Locale.ROOT));
                                m.put(
                                        "installedOn",
                                        c.installedOn() == null
                                                ? null
                                                : c.installedOn().toString());
                                m.put("installedBy", c.installedBy());
                                m.put("executionMs", c.executionMs());
                                m.put("checksum", c.appliedChecksum());
                                m.put("shippedChecksum", shipped.get(c.version()));
                                return m;
                            })
                            .toList());
            out.put(
                    "repeatables",
                    repeatables.stream()
                            .map(r -> {
                                Map<String, Object> m = new LinkedHashMap<>();
                                m.put("description", r.description());
                                m.put("state", r.state());
                                m.put(
                                        "installedOn",
                                        r.installedOn() == null
                                                ? null
                                                : r.installedOn().toString());
                                m.put("checksum", r.appliedChecksum());
                                m.put("shippedChecksum", r.shippedChecksum());
                                return m;
                            })
                            .toList());
            out.put(
                    "rollbacks",
                    rollbacks.stream()
                            .map(r -> Map.of(
                                    "at",
                                    r.at().toString(),
                                    "by",
                                    r.by(),
                                    "version",
                                    r.version(),
                                    "script",
                                    r.script(),
                                    "reason",
                                    r.reason()))
                            .toList());
            return out;
        }
    }
}
