package io.plantdesk.app.cli;

import io.plantdesk.migrations.lint.Finding;
import io.plantdesk.migrations.lint.MigrationLint;
import io.plantdesk.migrations.lint.MigrationLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code plantdesk migrations ...}: the schema scripts' own tools. */
@Command(name = "migrations", mixinStandardHelpOptions = true, description = "Tools for the schema scripts (sql/).",
        subcommands = MigrationsCommand.Lint.class)
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
}
