package io.plantdesk.migrations.service;

import io.plantdesk.migrations.catalog.CatalogSnapshot;
import io.plantdesk.migrations.catalog.DriftReport;
import io.plantdesk.migrations.scripts.Script;
import io.plantdesk.migrations.scripts.ScriptSet;
import io.plantdesk.migrations.tracker.CellState;
import io.plantdesk.migrations.tracker.HistoryCell;
import io.plantdesk.migrations.tracker.MigrationTracker;
import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.Text;
import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.platform.db.Environment;
import io.plantdesk.platform.db.Migrator;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.RepairResult;
import org.flywaydb.core.api.output.ValidateResult;

/**
 * The migration tracker across a plant's environments (its connection profiles): what each one has
 * applied, how its catalog drifted, and the admin actions on it. Every action that changes an
 * environment checks its guards first and changes nothing when one says no:
 * <ul>
 *   <li>an environment tagged production needs its name typed ({@code confirmation});</li>
 *   <li>a migration reaches production only after it succeeded, with the same checksum, on an
 *       environment tagged staging (the promotion gate);</li>
 *   <li>a baseline only where the catalog matches what the migrations produce at that version;</li>
 *   <li>a rollback only with a U script for each step and a clean drift report.</li>
 * </ul>
 */
public final class MigrationService {

    private final ScriptSet scripts;
    private final List<ConnectionProfile> environments;
    private final EnvironmentAccess access;
    private final ScratchServer scratch;
    private final ExpectedCatalogs catalogs;
    private List<Script> scriptList;

    public MigrationService(
            ScriptSet scripts, List<ConnectionProfile> environments, EnvironmentAccess access, ScratchServer scratch) {
        this.scripts = scripts;
        this.environments = List.copyOf(environments);
        this.access = access;
        this.scratch = scratch;
        this.catalogs = new ExpectedCatalogs(scripts, this::scripts, scratch, historyTables());
    }

    public ScriptSet scriptSet() {
        return scripts;
    }

    public List<ConnectionProfile> environments() {
        return environments;
    }

    /** The set's V scripts, oldest first: read once, like the catalogs they produce. */
    public synchronized List<Script> scripts() {
        if (scriptList == null) {
            scriptList = scripts.scripts();
        }
        return scriptList;
    }

    /** One environment's column; unreadable environments say why instead of failing the grid. */
    public EnvironmentHistory history(ConnectionProfile env) {
        try {
            return new EnvironmentHistory(
                    env,
                    MigrationTracker.read(access.admin(env), scripts),
                    null,
                    RollbackLog.read(access.admin(env), scripts.historyTable()));
        } catch (RuntimeException e) {
            return new EnvironmentHistory(env, null, e);
        }
    }

    private Map<String, HistoryCell> cells(ConnectionProfile env) {
        return MigrationTracker.read(access.admin(env), scripts);
    }

    // ---- drift -------------------------------------------------------------------------------

    /** The environment's live catalog against what the migrations produce at the version it is at. */
    public DriftReport drift(ConnectionProfile env) {
        Map<String, HistoryCell> cells = cells(env);
        String version = EnvironmentHistory.currentVersion(cells);
        if (version != null && scripts().stream().noneMatch(s -> s.version().equals(version))) {
            throw new RefusedException(
                    ServiceText.of("drift.unknown.version", env.name(), version, newestVersion()),
                    ServiceText.of("drift.unknown.version.hint", version));
        }
        return driftAt(env, version, true);
    }

    /**
     * Environment against environment: what {@code second}'s catalog has that {@code first}'s does
     * not, and the reverse (staging against production, say). Reads both; changes nothing.
     */
    public DriftReport compare(ConnectionProfile first, ConnectionProfile second) {
        CatalogSnapshot a = CatalogSnapshot.read(access.admin(first), historyTables());
        CatalogSnapshot b = CatalogSnapshot.read(access.admin(second), historyTables());
        return DriftReport.between(first.name(), EnvironmentHistory.currentVersion(cells(first)), a, second.name(), b);
    }

    private DriftReport driftAt(ConnectionProfile env, String version, boolean repeatables) {
        CatalogSnapshot live = CatalogSnapshot.read(access.admin(env), historyTables());
        ExpectedCatalogs.Expected expected = catalogs.expected(version, repeatables);
        String v = version == null ? "0" : version;
        return DriftReport.compare(
                v,
                expected.catalog(),
                live,
                "what migrations up to V" + v + (repeatables ? "" : " (the V scripts alone)") + " produce ("
                        + expected.source() + ")");
    }

    /** What migrating an empty database to {@code version} produces (null: nothing applied), repeatable scripts included. */
    public CatalogSnapshot expectedAt(String version) {
        return expectedAt(version, true);
    }

    private CatalogSnapshot expectedAt(String version, boolean repeatables) {
        return catalogs.at(version, repeatables);
    }

    /** The golden snapshot packaged for a version of Plantdesk's scripts, if it has one. */
    public Optional<CatalogSnapshot> golden(String version) {
        return catalogs.golden(version);
    }

    /** "009" for V009__...: how the script writes its version. */
    public static String paddedVersion(Script s) {
        return ExpectedCatalogs.paddedVersion(s);
    }

    /** What migrating an empty database to {@code version} produces, built on a scratch database (never the golden file). */
    public CatalogSnapshot built(String version, boolean repeatables) {
        return catalogs.built(version, repeatables);
    }

    /** The tracker's own tables, left out of every catalog: the history tables and their rollback logs. */
    private Set<String> historyTables() {
        return new LinkedHashSet<>(List.of(Migrator.HISTORY_TABLE, scripts.historyTable()));
    }

    // ---- migrate -----------------------------------------------------------------------------

    /** What a migrate to {@code target} would run there, in order: the dry run. */
    public List<Script> plan(ConnectionProfile env, String target) {
        return plan(cells(env), target);
    }

    private List<Script> plan(Map<String, HistoryCell> cells, String target) {
        return scripts().stream()
                .filter(s -> Migrator.compareVersions(s.version(), target) <= 0)
                .filter(s ->
                        cells.get(s.version()) != null && cells.get(s.version()).state() == CellState.PENDING)
                .toList();
    }

    /** The newest version of this build's scripts. */
    public String newestVersion() {
        List<Script> all = scripts();
        if (all.isEmpty()) {
            throw new RefusedException(
                    ServiceText.of("no.scripts", scripts.label().english()), null);
        }
        return all.getLast().version();
    }

    /** The dry run as text in English (the command line): each script that would run, with its header, in order. */
    public static String dryRunText(ConnectionProfile env, List<Script> plan) {
        return dryRunText(env, plan, Text::english);
    }

    /** The dry run with its comment lines rendered by {@code render} (the screen: the person's language). */
    public static String dryRunText(ConnectionProfile env, List<Script> plan, Function<Text, String> render) {
        if (plan.isEmpty()) {
            return render.apply(ServiceText.of("dryrun.nothing", env.name())) + "\n";
        }
        StringBuilder b =
                new StringBuilder(render.apply(ServiceText.of("dryrun.header", env.name(), plan.size()))).append('\n');
        for (Script s : plan) {
            b.append('\n')
                    .append(render.apply(ServiceText.of(
                            "dryrun.script",
                            s.version(),
                            s.description(),
                            s.fileName(),
                            s.header().estimatedTime(),
                            s.header().nonTransactional() ? 1 : 0,
                            s.header().lockTimeoutValue().toMillis())))
                    .append('\n')
                    .append(s.sql().strip())
                    .append('\n');
        }
        return b.toString();
    }

    /**
     * The one guarded way to migrate an environment, for every caller (the screen, {@code plantdesk
     * migrate}, {@code demo-data}, the login's schema check): production's typed name, a database
     * newer than this build refused, an untracked database that already holds a schema refused
     * (baseline is for that), Flyway's validation, the promotion gate; then the scripts, each with
     * its lock timeout, a script that timed out on a lock (nothing of it kept) retried with backoff.
     *
     * @param target a version of this build, or null for the newest
     * @return the versions applied
     */
    public List<String> migrate(ConnectionProfile env, String target, String confirmation, MigrationProgress progress) {
        requireTypedName(env, confirmation);
        String to = target == null || target.isBlank() ? newestVersion() : Migrator.normalize(target.strip());
        if (scripts().stream().noneMatch(s -> s.version().equals(to))) {
            throw new RefusedException(
                    ServiceText.of(
                            "migrate.no.version", to, scripts().getFirst().version(), newestVersion()),
                    ServiceText.of("migrate.no.version.hint"));
        }
        Map<String, HistoryCell> cells = cells(env);
        requireNotNewer(env, cells);
        requireTrackedOrEmpty(env, cells);
        List<String> problems = validate(env);
        if (!problems.isEmpty()) {
            throw new RefusedException(
                    ServiceText.of("migrate.invalid", env.name(), String.join("; ", problems)),
                    ServiceText.of("migrate.invalid.hint"));
        }
        List<Script> plan = plan(cells, to);
        if (env.environment() == Environment.PRODUCTION) {
            promotionGate(env, plan);
        }
        return ScriptRunner.run(scripts, access.admin(env), env, to, plan, progress);
    }

    /**
     * Runs the pending migrations up to {@code target} on a scratch copy of the environment's
     * schema, before they touch it: the copy is what the scripts produce at its current version on
     * the embedded server, and the drift report first proves the environment matches it. Changes
     * nothing there; the scratch database is dropped afterwards.
     */
    public Rehearsal rehearse(ConnectionProfile env, String target) {
        String to = target == null || target.isBlank() ? newestVersion() : Migrator.normalize(target.strip());
        Map<String, HistoryCell> cells = cells(env);
        requireNotNewer(env, cells);
        requireTrackedOrEmpty(env, cells);
        String from = EnvironmentHistory.currentVersion(cells);
        DriftReport report = driftAt(env, from, true);
        List<Script> plan = plan(cells, to);
        return Rehearsal.run(scripts, scratch, env, from, to, report, plan);
    }

    /** A database newer than this build: its newest applied version is not one of these scripts. */
    private void requireNotNewer(ConnectionProfile env, Map<String, HistoryCell> cells) {
        String current = EnvironmentHistory.currentVersion(cells);
        if (current != null && !scripts().isEmpty() && Migrator.compareVersions(current, newestVersion()) > 0) {
            throw new RefusedException(
                    ServiceText.of("migrate.newer", env.name(), current, newestVersion()),
                    ServiceText.of("migrate.newer.hint", current));
        }
    }

    /**
     * Issue 12, bug 3: Flyway would record V1 on a database that already holds the schema and
     * fail at V2, leaving a history that blocks a baseline. Refuse before anything runs.
     */
    private void requireTrackedOrEmpty(ConnectionProfile env, Map<String, HistoryCell> cells) {
        if (!scripts.isPlantdesk() || cells.values().stream().anyMatch(c -> c.installedOn() != null)) {
            return; // a plant's own set starts with a version-0 marker on top of Plantdesk's schema
        }
        CatalogSnapshot live = CatalogSnapshot.read(access.admin(env), historyTables());
        List<String> schemas = live.objects().keySet().stream()
                .filter(k -> k.startsWith("schema "))
                .map(k -> k.substring(7))
                .toList();
        if (!live.objects().isEmpty()) {
            String named = schemas.isEmpty()
                    ? ""
                    : ServiceText.of("migrate.untracked.schemas", String.join(", ", schemas))
                            .english();
            throw new RefusedException(
                    ServiceText.of(
                            "migrate.untracked", env.name(), live.objects().size(), named),
                    ServiceText.of("migrate.untracked.hint"));
        }
    }

    /**
     * Production gets a migration only after it succeeded, with the same checksum, on an environment
     * tagged staging. Refuses, naming each version that has not, before anything runs.
     */
    public void promotionGate(ConnectionProfile production, List<Script> plan) {
        PromotionGate.check(production, plan, environments, this::history);
    }

    // ---- baseline, validate, repair ----------------------------------------------------------

    /**
     * Marks an existing database as being at {@code version} (the golden baseline), only when its
     * catalog is exactly what the migrations produce at that version.
     *
     * @return the drift report that allowed it (clean)
     */
    public DriftReport baseline(ConnectionProfile env, String version, String confirmation) {
        requireTypedName(env, confirmation);
        Map<String, HistoryCell> cells = cells(env);
        if (cells.values().stream().anyMatch(c -> c.installedOn() != null)) {
            throw new RefusedException(
                    ServiceText.of("baseline.tracked", env.name()), ServiceText.of("baseline.tracked.hint"));
        }
        DriftReport report = baselineCheck(env, version);
        if (!report.isClean()) {
            throw new DriftRefusedException(ServiceText.of("baseline.drift", env.name(), version), report);
        }
        try {
            // Stored as its script names it ("004", like every other row), not as typed ("4").
            String stored = scripts().stream()
                    .filter(sc -> sc.version().equals(Migrator.normalize(version.strip())))
                    .findFirst()
                    .map(sc -> sc.fileName().substring(1, sc.fileName().indexOf("__")))
                    .orElse(version.strip());
            scripts.configure(access.admin(env))
                    .baselineVersion(stored)
                    .baselineDescription("golden baseline")
                    .load()
                    .baseline();
        } catch (FlywayException e) {
            throw new PlantdeskException(
                    ServiceText.of("baseline.failed", env.name(), firstLine(e.getMessage())), null, e);
        }
        return report;
    }

    /**
     * The check a baseline makes, without baselining: the live catalog against what the V scripts
     * up to {@code version} produce.
     */
    public DriftReport baselineCheck(ConnectionProfile env, String version) {
        // Scripts run by hand leave their objects to whoever ran them; the first migrate after the
        // baseline hands them to the owner role (callbacks/afterMigrate.sql), so owners do not block it.
        return driftAt(env, version, false).without("owner");
    }

    /** Flyway's validation: each problem as a sentence; empty when the history and the scripts agree. */
    public List<String> validate(ConnectionProfile env) {
        // Pending scripts are not a problem here: they are what migrate is for.
        ValidateResult r = scripts.configure(access.admin(env))
                .ignoreMigrationPatterns("*:pending", "*:future")
                .load()
                .validateWithResult();
        if (r.validationSuccessful) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        // Whole messages: Flyway's second line often names the script or what to do.
        r.invalidMigrations.forEach(i ->
                out.add((i.version == null || i.version.isEmpty() ? "" : "V" + Migrator.normalize(i.version) + ": ")
                        + whole(i.errorDetails.errorMessage)));
        if (out.isEmpty() && r.errorDetails != null) {
            out.add(whole(r.errorDetails.errorMessage));
        }
        return out;
    }

    /** Flyway's repair: removes failed rows and realigns drifted checksums with this build's scripts. */
    public Text repair(ConnectionProfile env, String confirmation) {
        requireTypedName(env, confirmation);
        RepairResult r = scripts.flyway(access.admin(env)).repair();
        String versions = r.migrationsAligned.isEmpty()
                ? ""
                : ServiceText.of(
                                "repair.versions",
                                r.migrationsAligned.stream()
                                        .map(o -> "V" + Migrator.normalize(o.version))
                                        .collect(Collectors.joining(", ")))
                        .english();
        return ServiceText.of(
                "repair.done", env.name(), r.migrationsRemoved.size(), r.migrationsAligned.size(), versions);
    }

    // ---- rollback ----------------------------------------------------------------------------

    /** The last {@code n} migrations that ran there, newest first: what a rollback of n would undo. */
    public List<HistoryCell> lastApplied(ConnectionProfile env, int n) {
        return cells(env).values().stream()
                .filter(HistoryCell::ranSuccessfully)
                .sorted(Comparator.comparing(HistoryCell::installedRank).reversed())
                .limit(n)
                .toList();
    }

    /**
     * Undoes the last {@code n} migrations with their U scripts, newest first, each in one
     * transaction together with the removal of its history row. Refused before anything runs when
     * a step has no U script, was not run from this build's script, or the drift report is not clean.
     *
     * @return the versions rolled back
     */
    public List<String> rollback(ConnectionProfile env, int n, String confirmation, MigrationProgress progress) {
        return rollback(env, n, confirmation, null, progress);
    }

    /** The same, with the reason the rollback log keeps beside who and when. */
    public List<String> rollback(
            ConnectionProfile env, int n, String confirmation, String reason, MigrationProgress progress) {
        requireTypedName(env, confirmation);
        if (n < 1) {
            throw new RefusedException(ServiceText.of("rollback.count"), null);
        }
        List<HistoryCell> steps = lastApplied(env, n);
        if (steps.size() < n) {
            throw new RefusedException(ServiceText.of("rollback.too.few", env.name(), steps.size()), null);
        }
        Map<String, Script> byVersion = scripts().stream().collect(Collectors.toMap(Script::version, s -> s));
        for (HistoryCell c : steps) {
            Script s = byVersion.get(c.version());
            if (s == null || c.state() != CellState.APPLIED) {
                throw new RefusedException(
                        ServiceText.of(s == null ? "rollback.no.script" : "rollback.drifted.script", c.version()),
                        ServiceText.of("rollback.cannot.hint"));
            }
            if (!s.hasRollback()) {
                throw new RefusedException(
                        ServiceText.of("rollback.no.u", c.version()), ServiceText.of("rollback.no.u.hint"));
            }
        }
        DriftReport report = drift(env);
        if (!report.isClean()) {
            throw new DriftRefusedException(ServiceText.of("rollback.drift", env.name()), report);
        }
        List<String> done = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            HistoryCell c = steps.get(i);
            Script s = byVersion.get(c.version());
            progress.started(i + 1, steps.size(), c.version(), c.description());
            long t0 = System.nanoTime();
            try {
                RollbackLog.undo(access.admin(env), scripts.historyTable(), s, c.installedRank(), reason);
            } catch (SQLException e) {
                progress.failed(i + 1, steps.size(), c.version(), e.getMessage());
                throw new PlantdeskException(
                        ServiceText.of("rollback.failed", c.version(), firstLine(e.getMessage())),
                        done.isEmpty()
                                ? ServiceText.of("rollback.failed.nothing")
                                : ServiceText.of(
                                        "rollback.failed.some",
                                        done.stream().map(v -> "V" + v).collect(Collectors.joining(", ")),
                                        c.version()),
                        e);
            }
            progress.finished(i + 1, steps.size(), c.version(), (System.nanoTime() - t0) / 1_000_000);
            done.add(c.version());
        }
        return done;
    }

    /** Rollback records there (who, when, which version, why), oldest first. */
    public List<RollbackLog.Entry> rollbacks(ConnectionProfile env) {
        return RollbackLog.read(access.admin(env), scripts.historyTable());
    }

    // ---- guards --------------------------------------------------------------------------------

    /** Production changes only when its name was typed, exactly. */
    public static void requireTypedName(ConnectionProfile env, String confirmation) {
        if (env.environment() == Environment.PRODUCTION
                && !env.name().equals(confirmation == null ? null : confirmation.strip())) {
            throw new RefusedException(
                    ServiceText.of("production.confirm", env.name()), ServiceText.of("production.confirm.hint"));
        }
    }

    private static String whole(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** The live catalog against what the migrations produce at any version of this build ({@code migrations drift --version V}). */
    public DriftReport driftAgainst(ConnectionProfile env, String version) {
        String v = Migrator.normalize(version.strip());
        if (scripts().stream().noneMatch(s -> s.version().equals(v))) {
            throw new RefusedException(ServiceText.of("compare.no.version", v, newestVersion()), null);
        }
        return driftAt(env, v, true);
    }

    private static String firstLine(String message) {
        return ScriptRunner.firstLine(message);
    }
}
