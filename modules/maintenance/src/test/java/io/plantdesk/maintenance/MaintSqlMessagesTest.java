package io.plantdesk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.Text;
import io.plantdesk.platform.db.SqlMessages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every sentence maintenance's SQL raises has a key in its own bundle, and statuses and asset kinds
 * read as plant words ("In progress", never "in_progress"). A new {@code raise exception} in a
 * maint script without a pattern in META-INF/plantdesk/sql-messages.properties fails here.
 */
class MaintSqlMessagesTest {

    private static final Pattern RAISE = Pattern.compile("raise exception '((?:[^']|'')*)'", Pattern.CASE_INSENSITIVE);

    @Test
    void everyRaiseInMaintenancesScriptsHasAKeyInItsBundle() throws IOException {
        List<String> raised = raisedTexts(Path.of("../../sql"));
        assertThat(raised).as("raises found in sql/ maint scripts").hasSizeGreaterThanOrEqualTo(8);
        List<String> missing = new ArrayList<>();
        for (String format : raised) {
            String[] sample = {"closed", "in_progress", "x3", "x4"};
            StringBuilder text = new StringBuilder();
            int arg = 0;
            for (char c : format.toCharArray()) {
                text.append(c == '%' ? sample[Math.min(arg++, sample.length - 1)] : String.valueOf(c));
            }
            Text sentence = SqlMessages.sentence(text.toString());
            if (sentence == null || !sentence.bundle().equals(MaintText.BUNDLE)) {
                missing.add(format);
                continue;
            }
            assertThat(sentence.english())
                    .as("the plain sentence formats with the database's words")
                    .doesNotContain("%");
            String english = plantWords(sentence).english(); // the key exists in the bundle, and formats
            assertThat(english)
                    .as(format)
                    .doesNotContain("maint.", "plantdesk_", "%", "work_order")
                    .matches("[A-Z].*\\.");
        }
        assertThat(missing)
                .as("raise texts without a key in maintenance's sql-messages.properties")
                .isEmpty();
    }

    @Test
    void aForbiddenTransitionReadsInPlantWords() {
        Text keyed = SqlMessages.sentence("work order 42 cannot go from closed to in_progress");
        assertThat(plantWords(keyed).english()).isEqualTo("Work order 42 is Closed and cannot go to In progress.");
        assertThat(plantWords(SqlMessages.sentence(
                                "a new work order starts as requested, approved or scheduled, not completed"))
                        .english())
                .isEqualTo("A new work order starts as Requested, Approved or Scheduled, not as Completed.");
        assertThat(plantWords(SqlMessages.sentence("a machine cannot be placed under a component"))
                        .english())
                .isEqualTo("A machine cannot be placed under a component.");
        // A status a newer schema added, unknown to this version: still a sentence, never the raw word.
        assertThat(plantWords(SqlMessages.sentence("work order 42 cannot go from archived to closed"))
                        .english())
                .isEqualTo("Work order 42 is in another status and cannot go to Closed.");
        assertThat(plantWords(SqlMessages.sentence("only 2 m of \"Belt 5M\" in stock there; 3 cannot be taken out"))
                        .english())
                .isEqualTo("Only 2 m of \"Belt 5M\" are in stock there; 3 cannot be taken out.");
    }

    private static Text plantWords(Text keyed) {
        assertThat(keyed).isNotNull();
        RuntimeException e = MaintText.inPlantWords(new PlantdeskException(keyed, null, null));
        return ((PlantdeskException) e).messageText().orElseThrow();
    }

    private static List<String> raisedTexts(Path sql) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sql)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("(V\\d+|R)__maint_.*\\.sql"))
                    .toList()) {
                Matcher m = RAISE.matcher(Files.readString(f));
                while (m.find()) {
                    out.add(m.group(1).replace("''", "'"));
                }
            }
        }
        return out;
    }
}
