package io.plantdesk.migrations.lint;

import io.plantdesk.migrations.lint.Finding.Rule;
import io.plantdesk.migrations.scripts.ScriptFiles;
import io.plantdesk.migrations.scripts.ScriptHeader;
import io.plantdesk.platform.db.Migrator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of sql/README.md, in code: {@code plantdesk migrations lint} runs them on a sql/
 * folder, and a test runs them on the project's own, so CI enforces them. Reads files only; it
 * never connects to a database.
 */
public final class MigrationLint {

    static final Pattern VERSIONED = Pattern.compile("V(\\d{3,})__([a-z0-9]+(?:_[a-z0-9]+)*)\\.sql");
    static final Pattern UNDO = Pattern.compile("U(\\d{3,})__([a-z0-9]+(?:_[a-z0-9]+)*)\\.sql");
    /** DROP anything, TRUNCATE, and a column's type change (ALTER COLUMN c [SET DATA] TYPE). */
    private static final Pattern DESTRUCTIVE = Pattern.compile(
            "\\b(drop|truncate)\\b|\\balter\\s+column\\s+\\S+\\s+(set\\s+data\\s+)?type\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern REASON =
            Pattern.compile("^\\s*--\\s*destructive:\\s*\\S.*$", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    /** The folders the build puts on Flyway's path (see Migrator.LOCATIONS and the platform pom). */
    static final List<String> FLYWAY_FOLDERS = List.of("migrations", "repeatable", "callbacks");

    private static final int HEADER_LINES = 12;
    /** Statements PostgreSQL refuses inside a transaction block. */
    static final Pattern NON_TRANSACTIONAL = Pattern.compile(
            "\\b(create\\s+(unique\\s+)?index\\s+concurrently|drop\\s+index\\s+concurrently|reindex\\s+.*\\bconcurrently"
                    + "|vacuum|alter\\s+system|create\\s+database|drop\\s+database|alter\\s+table\\s+.*\\bdetach\\s+partition\\s+.*\\bconcurrently)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern RERUNNABLE = Pattern.compile(
            "(create\\s+(unique\\s+)?index\\s+concurrently\\s+if\\s+not\\s+exists|drop\\s+index\\s+concurrently\\s+if\\s+exists)",
            Pattern.CASE_INSENSITIVE);

    private MigrationLint() {}

    /** Every broken rule in the given sql/ folder; empty when it is clean. */
    public static List<Finding> check(Path sqlDir) {
        List<Finding> out = new ArrayList<>();
        List<Path> versioned = new ArrayList<>();
        Map<String, Path> byVersion = new HashMap<>();
        for (Path f : ScriptFiles.list(sqlDir.resolve("migrations"))) {
            Matcher m = VERSIONED.matcher(f.getFileName().toString());
            if (!m.matches()) {
                out.add(
                        new Finding(
                                Rule.NAMING,
                                rel(sqlDir, f),
                                0,
                                "not a migration name: V<NNN>__<feature>_<change>.sql, lower case; retired scripts go to archive/"));
                continue;
            }
            Path clash = byVersion.putIfAbsent(normalized(m.group(1)), f);
            if (clash != null) {
                out.add(new Finding(
                        Rule.NAMING, rel(sqlDir, f), 0, "version " + m.group(1) + " is also " + clash.getFileName()));
            }
            versioned.add(f);
            header(sqlDir, f, m.group(1), m.group(2), out);
            twin(sqlDir, f, m.group(1), m.group(2), out);
            transaction(sqlDir, f, out);
        }
        orphanUndos(sqlDir, byVersion, out);
        for (Path u : ScriptFiles.list(sqlDir.resolve("rollback"))) {
            statements(ScriptFiles.read(u)).stream()
                    .filter(st -> NON_TRANSACTIONAL.matcher(st).find())
                    .findFirst()
                    .ifPresent(st -> out.add(new Finding(
                            Rule.TRANSACTION,
                            rel(sqlDir, u),
                            0,
                            "\"" + firstWords(st)
                                    + "\" cannot run in a transaction, and a rollback runs in one with its history row: "
                                    + "undo it in a transaction (plain CREATE/DROP INDEX)")));
        }
        locked(sqlDir, versioned, out);
        archive(sqlDir, out);
        for (String folder : List.of("migrations", "repeatable", "callbacks", "rollback")) {
            for (Path f : ScriptFiles.list(sqlDir.resolve(folder))) {
                destructive(sqlDir, f, out);
            }
        }
        return out;
    }

    /** The V scripts of a sql/ folder, for locking. */
    public static List<Path> versionedScripts(Path sqlDir) {
        return ScriptFiles.list(sqlDir.resolve("migrations")).stream()
                .filter(f -> VERSIONED.matcher(f.getFileName().toString()).matches())
                .toList();
    }

    private static void header(Path sqlDir, Path f, String version, String name, List<Finding> out) {
        List<String> head = ScriptFiles.read(f).lines().limit(HEADER_LINES).toList();
        for (String field : List.of("Purpose", "Rollback", "Estimated time")) {
            if (head.stream().noneMatch(l -> l.startsWith("-- " + field + ":") && l.length() > field.length() + 5)) {
                out.add(new Finding(Rule.HEADER, rel(sqlDir, f), 1, "no \"-- " + field + ": ...\" line at the top"));
            }
        }
        String undo = "U" + version + "__" + name + ".sql";
        head.stream()
                .filter(l -> l.startsWith("-- Rollback:"))
                .findFirst()
                .filter(l -> !l.contains(undo))
                .ifPresent(l -> out.add(new Finding(
                        Rule.HEADER,
                        rel(sqlDir, f),
                        head.indexOf(l) + 1,
                        "the Rollback line names " + l.substring(12).strip() + ", not " + undo)));
    }

    private static void twin(Path sqlDir, Path f, String version, String name, List<Finding> out) {
        Path undo = sqlDir.resolve("rollback").resolve("U" + version + "__" + name + ".sql");
        if (!Files.exists(undo)) {
            out.add(new Finding(
                    Rule.TWIN, rel(sqlDir, f), 0, "no rollback script: write rollback/" + undo.getFileName()));
            return;
        }
        String v = f.getFileName().toString();
        if (ScriptFiles.read(undo)
                .lines()
                .limit(HEADER_LINES)
                .noneMatch(l -> l.startsWith("-- Rollback of:") && l.contains(v))) {
            out.add(new Finding(Rule.TWIN, rel(sqlDir, undo), 1, "no \"-- Rollback of: " + v + "\" line at the top"));
        }
    }

    private static void orphanUndos(Path sqlDir, Map<String, Path> byVersion, List<Finding> out) {
        for (Path u : ScriptFiles.list(sqlDir.resolve("rollback"))) {
            Matcher m = UNDO.matcher(u.getFileName().toString());
            if (!m.matches()) {
                out.add(new Finding(
                        Rule.NAMING, rel(sqlDir, u), 0, "not a rollback name: U<NNN>__<feature>_<change>.sql"));
            } else if (!byVersion.containsKey(normalized(m.group(1)))) {
                out.add(new Finding(
                        Rule.TWIN, rel(sqlDir, u), 0, "rolls back V" + m.group(1) + ", which does not exist"));
            }
        }
    }

    private static void locked(Path sqlDir, List<Path> versioned, List<Finding> out) {
        Map<String, String> lock = MigrationLock.read(sqlDir);
        for (Path f : versioned) {
            String name = f.getFileName().toString();
            String sum = lock.get(name);
            if (sum == null) {
                out.add(new Finding(
                        Rule.LOCKED,
                        rel(sqlDir, f),
                        0,
                        "not locked yet: once it is final, run `plantdesk migrations lint --lock`"));
            } else if (!sum.equals(MigrationLock.checksum(f))) {
                out.add(
                        new Finding(
                                Rule.LOCKED,
                                rel(sqlDir, f),
                                0,
                                "changed after it was locked (it may be applied somewhere): undo the edit and write a new script"));
            }
        }
        lock.keySet().stream()
                .filter(n -> versioned.stream()
                        .noneMatch(f -> f.getFileName().toString().equals(n)))
                .forEach(n -> out.add(new Finding(
                        Rule.LOCKED,
                        "migrations/" + n,
                        0,
                        "locked but gone: an applied script is never deleted (retire it with a new script)")));
    }

    private static void archive(Path sqlDir, List<Finding> out) {
        for (String location : Migrator.LOCATIONS) {
            if (location.contains("archive")) {
                out.add(new Finding(Rule.ARCHIVE, "(Flyway locations)", 0, location + " is on Flyway's path"));
            }
        }
        Map<String, Path> onPath = new HashMap<>();
        for (String folder : FLYWAY_FOLDERS) {
            for (Path f : ScriptFiles.list(sqlDir.resolve(folder))) {
                onPath.put(f.getFileName().toString(), f);
                onPath.put(ScriptFiles.read(f).replace("\r\n", "\n").strip(), f);
            }
        }
        for (Path a : ScriptFiles.list(sqlDir.resolve("archive"))) {
            if (a.getFileName().toString().equalsIgnoreCase("README.md")) {
                continue;
            }
            Path same = onPath.getOrDefault(
                    a.getFileName().toString(),
                    onPath.get(ScriptFiles.read(a).replace("\r\n", "\n").strip()));
            if (same != null) {
                out.add(new Finding(
                        Rule.ARCHIVE,
                        rel(sqlDir, same),
                        0,
                        "is archive/" + a.getFileName() + " (same name or text): retired scripts never run"));
            }
        }
    }

    private static void destructive(Path sqlDir, Path f, List<Finding> out) {
        String text = ScriptFiles.read(f);
        if (REASON.matcher(text).find()) {
            return;
        }
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String code = lines.get(i);
            int comment = code.indexOf("--");
            if (comment >= 0) {
                code = code.substring(0, comment);
            }
            Matcher m = DESTRUCTIVE.matcher(code);
            if (m.find()) {
                out.add(new Finding(
                        Rule.DESTRUCTIVE,
                        rel(sqlDir, f),
                        i + 1,
                        "\"" + m.group().strip() + "\" without a \"-- destructive: <reason>\" line"));
                return;
            }
        }
    }

    /**
     * Bug 4 of issue 12: a CREATE INDEX CONCURRENTLY in a script that does not say so hung the
     * migration. A script with such a statement declares "-- Transaction: none", holds nothing
     * else (PostgreSQL would refuse the mix) and can be run again after it was cut short.
     */
    private static void transaction(Path sqlDir, Path f, List<Finding> out) {
        String text = ScriptFiles.read(f);
        ScriptHeader header = ScriptHeader.parse(text);
        if (header.lockTimeoutProblem() != null) {
            out.add(new Finding(Rule.HEADER, rel(sqlDir, f), 1, header.lockTimeoutProblem()));
        }
        List<String> statements = statements(text);
        List<String> outside = statements.stream()
                .filter(st -> NON_TRANSACTIONAL.matcher(st).find())
                .toList();
        if (!outside.isEmpty() && !header.nonTransactional()) {
            out.add(new Finding(
                    Rule.TRANSACTION,
                    rel(sqlDir, f),
                    0,
                    "\"" + firstWords(outside.getFirst())
                            + "\" cannot run in a transaction: add \"-- Transaction: none (why)\" to the header"));
        }
        if (header.nonTransactional()) {
            if (outside.isEmpty()) {
                out.add(
                        new Finding(
                                Rule.TRANSACTION,
                                rel(sqlDir, f),
                                0,
                                "says \"Transaction: none\" but has no statement that needs it: remove the line, so that it runs in a transaction"));
            }
            statements.stream()
                    .filter(st -> !NON_TRANSACTIONAL.matcher(st).find())
                    .findFirst()
                    .ifPresent(
                            st -> out.add(
                                    new Finding(
                                            Rule.TRANSACTION,
                                            rel(sqlDir, f),
                                            0,
                                            "\"" + firstWords(st)
                                                    + "\" belongs in a script of its own: a script without a transaction holds only the statements that need it")));
            outside.stream()
                    .filter(st -> st.toLowerCase(Locale.ROOT).contains("index")
                            && !RERUNNABLE.matcher(st).find())
                    .findFirst()
                    .ifPresent(
                            st -> out.add(
                                    new Finding(
                                            Rule.TRANSACTION,
                                            rel(sqlDir, f),
                                            0,
                                            "\"" + firstWords(st)
                                                    + "\" cannot be run again after a run was cut short: write IF NOT EXISTS / IF EXISTS")));
        }
    }

    /** The script's statements without comments, split at semicolons (enough for the lint's patterns). */
    static List<String> statements(String sql) {
        String code = sql.replaceAll("(?m)--.*$", "").replaceAll("(?s)/\\*.*?\\*/", "");
        List<String> out = new ArrayList<>();
        for (String st : code.split(";")) {
            if (!st.isBlank()) {
                out.add(st.strip().replaceAll("\\s+", " "));
            }
        }
        return out;
    }

    private static String firstWords(String statement) {
        return statement.length() <= 60 ? statement : statement.substring(0, 57) + "...";
    }

    private static String rel(Path sqlDir, Path f) {
        return sqlDir.relativize(f).toString().replace('\\', '/');
    }

    private static String normalized(String version) {
        return version.replaceFirst("^0+(?=\\d)", "");
    }
}
