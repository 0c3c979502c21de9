package io.plantdesk.fleet;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Every sentence the fleet scripts raise has a key in the fleet bundle (the server speaks English
 * only): a new {@code raise exception} in a V0xx__fleet_ or R__fleet_ script without a pattern in
 * this module's META-INF/plantdesk/sql-messages.properties fails here.
 */
class FleetSqlMessagesTest {

    /** {@code raise exception 'text', args}: the literal, with '' for a quote inside it. */
    private static final Pattern RAISE = Pattern.compile("raise exception '((?:[^']|'')*)'", Pattern.CASE_INSENSITIVE);

    @Test
    void everyRaiseInTheFleetScriptsHasAKeyAndASentence() throws IOException {
        List<String> raised = raisedTexts(Path.of("../../sql/migrations"));
        raised.addAll(raisedTexts(Path.of("../../sql/repeatable")));
        assertThat(raised).as("raises found in the fleet scripts").hasSizeGreaterThanOrEqualTo(1);
        List<String> missing = new ArrayList<>();
        for (String format : raised) {
            String[] sample = {"Night", "Morning", "x3", "x4"};
            StringBuilder text = new StringBuilder();
            int arg = 0;
            for (char c : format.toCharArray()) {
                text.append(c == '%' ? sample[Math.min(arg++, sample.length - 1)] : String.valueOf(c));
            }
            Text sentence = SqlMessages.sentence(text.toString());
            if (sentence == null) {
                missing.add(format);
                continue;
            }
            assertThat(sentence.bundle()).as(format).isEqualTo(FleetText.BUNDLE);
            String english = sentence.english(); // the key exists in the fleet bundle, and formats
            if (arg > 0) {
                assertThat(english).as(format).contains("Night");
            }
            assertThat(english).as(format).doesNotContain("fleet.", "plantdesk_", "_check", "%", "''");
        }
        assertThat(missing)
                .as("raise texts without a key in the fleet's sql-messages.properties")
                .isEmpty();
    }

    private static List<String> raisedTexts(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("(V\\d+|R)__fleet_.*\\.sql"))
                    .sorted()
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
