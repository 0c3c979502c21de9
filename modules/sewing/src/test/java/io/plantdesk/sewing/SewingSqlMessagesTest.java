package io.plantdesk.sewing;

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
 * Every sentence the sewing scripts raise has a key in sewing's sql-messages.properties and a
 * sentence in its bundle, so a person reads plant words, never the server's English.
 */
class SewingSqlMessagesTest {

    private static final Pattern RAISE = Pattern.compile("raise exception '((?:[^']|'')*)'", Pattern.CASE_INSENSITIVE);

    @Test
    void everyRaiseInTheSewingScriptsHasAKeyAndASentence() throws IOException {
        List<String> raised = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("../../sql/migrations"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("(V\\d+|R)__sewing_.*\\.sql"))
                    .toList()) {
                Matcher m = RAISE.matcher(Files.readString(f));
                while (m.find()) {
                    raised.add(m.group(1).replace("''", "'"));
                }
            }
        }
        assertThat(raised).hasSizeGreaterThan(10);
        List<String> missing = new ArrayList<>();
        for (String format : raised) {
            String[] sample = {"Morning", "2026-03-02 06:00", "3"};
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
            String english = sentence.english();
            assertThat(english).as(format).doesNotContain("sewing.", "plantdesk_", "_check", "%", "{");
            if (arg > 0) {
                assertThat(english).as(format).contains("Morning");
            }
        }
        assertThat(missing)
                .as("raise texts without a key in sewing's sql-messages.properties")
                .isEmpty();
    }

    @Test
    void theCycleSentenceNamesBothOperations() {
        assertThat(SqlMessages.sentence("operation \"Attach collar\" already comes before \"Topstitch collar\", "
                                + "so it cannot also wait for it")
                        .english())
                .isEqualTo("\"Attach collar\" already comes before \"Topstitch collar\" (directly or through other "
                        + "operations), so it cannot also wait for it.");
    }
}
