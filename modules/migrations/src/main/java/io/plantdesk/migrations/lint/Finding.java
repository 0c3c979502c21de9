package io.plantdesk.migrations.lint;

import java.util.Locale;

/**
 * One broken rule of sql/README.md: which rule, where (a path relative to sql/, and a line when
 * there is one) and what to do about it, in a sentence.
 */
public record Finding(Rule rule, String file, int line, String message) {

    /** The rules, as sql/README.md numbers and words them. */
    public enum Rule {
        NAMING("only V<NNN>__<feature>_<change>.sql in migrations/, versions unique"),
        HEADER("every V script starts with -- Purpose:, -- Rollback: and -- Estimated time:"),
        TWIN("every V script has its U twin in rollback/, and every U script its V"),
        LOCKED("no applied script changes: sql/migrations.lock holds their checksums"),
        ARCHIVE("nothing of archive/ is ever on Flyway's path"),
        DESTRUCTIVE("DROP, TRUNCATE and column type changes need a -- destructive: <reason> line"),
        TRANSACTION(
                "a script that cannot run in a transaction says so (-- Transaction: none), holds only such statements "
                        + "and can be run again; rollback scripts always run in one");

        private final String text;

        Rule(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": [" + rule.name().toLowerCase(Locale.ROOT) + "] " + message;
    }
}
