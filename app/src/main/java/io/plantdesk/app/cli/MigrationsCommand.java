package io.plantdesk.app.cli;

import io.plantdesk.migrations.lint.Finding;
import io.plantdesk.migrations.lint.MigrationLint;
import io.plantdesk.migrations.lint.MigrationLock;
import io.plantdesk.migrations.tracker.HistoryCell;
import io.plantdesk.migrations.tracker.MigrationTracker;
import io.plantdesk.app.AppContext;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import picocli.CommandLine.Mixin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code plantdesk migrations ...}: the schema scripts' own tools. */
@Command(name = "migrations", mixinStandardHelpOptions = true, description = "Tools for the schema scripts (sql/).",
        subcommands = {MigrationsCommand.Lint.class, MigrationsCommand.Status.class, MigrationActions.Drift.class,
                MigrationActions.Validate.class, MigrationActions.Repair.class, MigrationActions.Baseline.class, MigrationActions.Rollback.class})
final class MigrationsCommand implements Runnable {

    @Override
    public void run() {
        System.err.println("plantdesk migrations: name a command, e.g. plantdesk migrations lint");
    }

    @Command(name = "lint", mixinStandardHelpOptions = true,
            description = {"Check a sql/ folder against its rules (sql/README.md): names, headers, U twins, the checksum",
                    "lock, archive/ never on Flyway's path, a reason on every destructive statement.",
                    "Exit code 0 when clean, 1 with the findings listed."})
    static final class Lint implements Callable<Integer> {

        @Option(names = "--sql", description = "The sql/ folder (default: ./sql).", defaultValue = "sql")
        Path sql;

        @Option(names = "--lock", description = "First add the V scripts not locked yet to sql/migrations.lock (never changes an entry).")
        boolean lock;

        @Override
        public Integer call() {
            if (!Files.isDirectory(sql.resolve("migrations"))) {
                System.err.println("plantdesk migrations lint: " + sql.toAbsolutePath() + " has no migrations/ folder; point --sql at one");
                return 2;
            }
            if (lock) {
                int added = MigrationLock.lockNew(sql, MigrationLint.versionedScripts(sql));
                System.out.println("Locked " + added + " new script(s) in " + sql.resolve(MigrationLock.FILE));
            }
            List<Finding> findings = MigrationLint.check(sql);
            findings.forEach(System.out::println);
            System.out.println(findings.isEmpty() ? "sql/ follows every rule (" + MigrationLint.versionedScripts(sql).size() + " scripts)."
                    : findings.size() + " finding(s).");
            return findings.isEmpty() ? 0 : 1;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = {"Show a database's schema history as the migration tracker sees it: each migration",
                    "applied (when, by whom, how long), pending, failed, drifted (the shipped script differs),",
                    "unknown to this build, baseline or ignored. With --export, the applied tracker as text",
                    "(NNN | date | who | description)."})
    static final class Status implements Callable<Integer> {

        private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
        private final AppContext ctx;

        @Mixin
        AdminTarget target;

        @Option(names = "--export", description = "Print the applied tracker in its text form instead.")
        boolean export;

        Status(AppContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            AdminTarget.Opened db = target.open(ctx);
            Map<String, HistoryCell> cells = MigrationTracker.read(db.dataSource());
            if (export) {
                System.out.print(MigrationTracker.export(cells.values()));
                return 0;
            }
            System.out.println("Schema history of " + db.where());
            System.out.printf("%-8s %-9s %-17s %-18s %8s  %s%n", "version", "state", "applied (UTC)", "by", "ms", "description");
            for (HistoryCell c : cells.values()) {
                System.out.printf("%-8s %-9s %-17s %-18s %8s  %s%n", c.version(), c.state().name().toLowerCase(java.util.Locale.ROOT),
                        c.installedOn() == null ? "-" : WHEN.format(c.installedOn()), c.installedBy() == null ? "-" : c.installedBy(),
                        c.executionMs() == null ? "-" : c.executionMs(), c.description());
            }
            return 0;
        }
    }
}
