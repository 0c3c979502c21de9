package io.plantdesk.migrations.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.migrations.lint.Finding.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project's sql/ follows every rule, and each rule catches what it is there for. */
class MigrationLintTest {

    @TempDir
    Path sql;

    @Test
    void theProjectsOwnSqlFolderFollowsEveryRule() {
        Path project = Path.of("../../sql");
        assertThat(project.resolve("migrations")).isDirectory();
        assertThat(MigrationLint.check(project)).isEmpty();
        assertThat(MigrationLock.read(project)).hasSameSizeAs(MigrationLint.versionedScripts(project));
    }

    @BeforeEach
    void aCleanFolder() throws IOException {
        write("migrations/V001__core_things.sql", """
                -- Purpose: a table of things.
                -- Rollback: U001__core_things.sql
                -- Estimated time: instant.
                create table core.thing (id int primary key);
                """);
        write("rollback/U001__core_things.sql", """
                -- Purpose: undo V001.
                -- Rollback of: V001__core_things.sql
                -- destructive: drops the table V001 made.
                drop table core.thing;
                """);
        write("archive/README.md", "Retired scripts.");
        write("archive/nuclear_reset.sql", "drop schema core cascade;");
        MigrationLock.lockNew(sql, MigrationLint.versionedScripts(sql));
        assertThat(MigrationLint.check(sql)).isEmpty();
    }

    @Test
    void aScriptWithoutItsHeaderOrItsTwin() throws IOException {
        write("migrations/V002__core_more.sql", "create table core.more (id int);\n");
        lock();
        assertThat(rules()).containsOnly(Rule.HEADER, Rule.TWIN);
        assertThat(MigrationLint.check(sql))
                .filteredOn(f -> f.rule() == Rule.HEADER)
                .hasSize(3);
    }

    @Test
    void aRollbackLineThatNamesAnotherScript() throws IOException {
        write(
                "migrations/V002__core_more.sql",
                header("V002__core_more", "U009__core_other.sql") + "create table core.more (id int);\n");
        write(
                "rollback/U002__core_more.sql",
                "-- Rollback of: V002__core_more.sql\n-- destructive: undo\ndrop table core.more;\n");
        lock();
        assertThat(MigrationLint.check(sql)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.HEADER);
            assertThat(f.message()).contains("U002__core_more.sql");
        });
    }

    @Test
    void anEditedLockedScriptAndAnUnlockedNewOne() throws IOException {
        Files.writeString(
                sql.resolve("migrations/V001__core_things.sql"),
                Files.readString(sql.resolve("migrations/V001__core_things.sql"))
                        + "create index on core.thing (id);\n");
        assertThat(rules()).containsExactly(Rule.LOCKED);
        write("migrations/V002__core_more.sql", header("V002__core_more", "U002__core_more.sql") + "select 1;\n");
        write("rollback/U002__core_more.sql", "-- Rollback of: V002__core_more.sql\nselect 1;\n");
        assertThat(MigrationLint.check(sql))
                .extracting(Finding::file)
                .containsExactly("migrations/V001__core_things.sql", "migrations/V002__core_more.sql");
        // Locking adds the new script and never blesses the edited one.
        lock();
        assertThat(MigrationLint.check(sql))
                .singleElement()
                .extracting(Finding::file)
                .isEqualTo("migrations/V001__core_things.sql");
    }

    @Test
    void crlfLineEndingsLockTheSame() throws IOException {
        Path v = sql.resolve("migrations/V001__core_things.sql");
        Files.writeString(v, Files.readString(v).replace("\n", "\r\n"));
        assertThat(MigrationLint.check(sql)).isEmpty();
    }

    @Test
    void aDeletedLockedScript() throws IOException {
        Files.delete(sql.resolve("migrations/V001__core_things.sql"));
        assertThat(rules()).contains(Rule.LOCKED, Rule.TWIN);
    }

    @Test
    void anArchivedScriptOnFlywaysPath() throws IOException {
        write("repeatable/R__core_reset.sql", "drop schema core cascade;");
        assertThat(rules()).contains(Rule.ARCHIVE);
        write("migrations/nuclear_reset.sql", "select 1;");
        assertThat(rules()).contains(Rule.ARCHIVE, Rule.NAMING);
    }

    @Test
    void destructiveStatementsNeedTheirReason() throws IOException {
        for (String statement : List.of(
                "drop table core.thing;",
                "truncate core.thing;",
                "alter table core.thing alter column id type bigint;",
                "alter table core.thing alter column id set data type text;")) {
            write(
                    "migrations/V002__core_more.sql",
                    header("V002__core_more", "U002__core_more.sql") + statement + "\n");
            write("rollback/U002__core_more.sql", "-- Rollback of: V002__core_more.sql\nselect 1;\n");
            lock();
            assertThat(MigrationLint.check(sql))
                    .as(statement)
                    .singleElement()
                    .satisfies(f -> assertThat(f.rule()).isEqualTo(Rule.DESTRUCTIVE))
                    .satisfies(f -> assertThat(f.line()).isEqualTo(4));
            Files.delete(sql.resolve("migrations/V002__core_more.sql"));
            Files.writeString(sql.resolve(MigrationLock.FILE), "");
            lock();
        }
        // Words that only contain "drop", and a drop in a comment, are not destructive.
        write(
                "migrations/V002__core_more.sql",
                header("V002__core_more", "U002__core_more.sql")
                        + "alter table core.thing add column dropped_at timestamptz; -- we never drop it\n");
        lock();
        assertThat(MigrationLint.check(sql)).isEmpty();
    }

    @Test
    void duplicateVersionsAndBadNames() throws IOException {
        write("migrations/V0001__core_again.sql", header("V0001__core_again", "U0001__core_again.sql"));
        write("rollback/U0001__core_again.sql", "-- Rollback of: V0001__core_again.sql\n");
        write("migrations/V002__Core-Things.sql", "select 1;");
        write("rollback/U777__core_nothing.sql", "-- Rollback of: V777__core_nothing.sql\n");
        lock();
        assertThat(MigrationLint.check(sql)).extracting(Finding::rule).contains(Rule.NAMING, Rule.TWIN);
        assertThat(MigrationLint.check(sql).toString())
                .contains("V002__Core-Things.sql")
                .contains("U777__core_nothing.sql");
    }

    @Test
    void aConcurrentIndexMustSayItRunsOutsideATransactionAndBeRerunnable() throws IOException {
        write(
                "migrations/V002__core_thing_idx.sql",
                header("V002__core_thing_idx", "U002__core_thing_idx.sql")
                        + "create index concurrently thing_id_idx on core.thing (id);\n");
        write(
                "rollback/U002__core_thing_idx.sql",
                "-- Rollback of: V002__core_thing_idx.sql\n-- destructive: undo\n"
                        + "drop index concurrently core.thing_id_idx;\n");
        lock();
        assertThat(MigrationLint.check(sql))
                .extracting(Finding::rule, Finding::file)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Rule.TRANSACTION, "migrations/V002__core_thing_idx.sql"),
                        org.assertj.core.groups.Tuple.tuple(Rule.TRANSACTION, "rollback/U002__core_thing_idx.sql"));
        assertThat(MigrationLint.check(sql))
                .first()
                .extracting(Finding::message)
                .asString()
                .contains("-- Transaction: none");

        // Declared, but it cannot be resumed after a cut-short run, and it mixes in a transactional statement.
        write(
                "rollback/U002__core_thing_idx.sql",
                "-- Rollback of: V002__core_thing_idx.sql\n-- destructive: undo\n" + "drop index core.thing_id_idx;\n");
        Path v2 = sql.resolve("migrations/V002__core_thing_idx.sql");
        Files.delete(v2);
        Files.delete(sql.resolve(MigrationLock.FILE));
        write(
                "migrations/V002__core_thing_idx.sql",
                header("V002__core_thing_idx", "U002__core_thing_idx.sql")
                        + "-- Transaction: none (CREATE INDEX CONCURRENTLY)\n-- Lock timeout: forever\n"
                        + "create index concurrently thing_id_idx on core.thing (id);\nanalyze core.thing;\n");
        lock();
        assertThat(MigrationLint.check(sql))
                .extracting(Finding::message)
                .satisfiesExactlyInAnyOrder(
                        m -> assertThat(m).contains("Lock timeout: forever").contains("not understood"),
                        m -> assertThat(m).contains("analyze core.thing").contains("script of its own"),
                        m -> assertThat(m).contains("cannot be run again").contains("IF NOT EXISTS"));

        Files.delete(v2);
        Files.delete(sql.resolve(MigrationLock.FILE));
        write(
                "migrations/V002__core_thing_idx.sql",
                header("V002__core_thing_idx", "U002__core_thing_idx.sql")
                        + "-- Transaction: none (CREATE INDEX CONCURRENTLY)\n-- Lock timeout: 3s, 5 retries\n"
                        + "create index concurrently if not exists thing_id_idx on core.thing (id);\n");
        lock();
        assertThat(MigrationLint.check(sql)).isEmpty();
        var h = io.plantdesk.migrations.scripts.ScriptHeader.parse(Files.readString(v2));
        assertThat(h.nonTransactional()).isTrue();
        assertThat(h.lockTimeoutValue()).isEqualTo(java.time.Duration.ofSeconds(3));
        assertThat(h.lockRetries()).isEqualTo(5);
    }

    private List<Rule> rules() {
        return MigrationLint.check(sql).stream().map(Finding::rule).distinct().toList();
    }

    private void lock() {
        MigrationLock.lockNew(sql, MigrationLint.versionedScripts(sql));
    }

    private static String header(String name, String rollback) {
        return "-- Purpose: " + name + ".\n-- Rollback: " + rollback + "\n-- Estimated time: instant.\n";
    }

    private void write(String relative, String text) throws IOException {
        Path f = sql.resolve(relative);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }
}
