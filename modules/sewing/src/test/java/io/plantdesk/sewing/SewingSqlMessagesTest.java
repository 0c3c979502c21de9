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
 * Every sentence the sewing schema's SQL raises has a key in the sewing bundle: the server speaks
 * English only, the floor reads its own language. A new {@code raise exception} in a sewing script
 * without a pattern in this module's META-INF/plantdesk/sql-messages.properties fails here.
 */
class SewingSqlMessagesTest {

    /** {@code raise exception 'text', args}: the literal, with '' for a quote inside it. */
    private static final Pattern RAISE = Pattern.compile("raise exception '((?:[^']|'')*)'", Pattern.CASE_INSENSITIVE);

    @Test
    void everyRaiseInTheSewingScriptsHasAKeyAndASentence() throws IOException {
        List<String> raised = raisedTexts(Path.of("../../sql"));
        assertThat(raised).as("raises found in sql/ sewing scripts").hasSizeGreaterThanOrEqualTo(5);
        List<String> missing = new ArrayList<>();
        for (String format : raised) {
            String[] sample = {"Attach collar", "Topstitch collar", "x3"};
            StringBuilder text = new StringBuilder();
            int arg = 0;
            for (char c : format.toCharArray()) {
                text.append(c == '%' ? sample[Math.min(arg++, sample.length - 1)] : String.valueOf(c));
            }
            Text sentence = SqlMessages.sentence(text.toString());
            if (sentence == null || !SewingText.BUNDLE.equals(sentence.bundle())) {
                missing.add(format);
                continue;
            }
            String english = sentence.english();
            if (arg > 0) {
                assertThat(english).as(format).contains("Attach collar", "Topstitch collar");
            }
            assertThat(english).as(format).doesNotContain("sewing.", "plantdesk_", "_check", "%", "{");
        }
        assertThat(missing).as("raise texts without a key in the sewing sql-messages.properties").isEmpty();
    }

    @Test
    void theCycleSentenceNamesBothOperations() {
        assertThat(SqlMessages.sentence("operation \"Attach collar\" already comes before \"Topstitch collar\", "
                + "so it cannot also wait for it").english())
                .isEqualTo("\"Attach collar\" already comes before \"Topstitch collar\" (directly or through other "
                        + "operations), so it cannot also wait for it.");
    }

    private static List<String> raisedTexts(Path sql) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sql)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("(V\\d+|R)__sewing_.*\\.sql")).toList()) {
                Matcher m = RAISE.matcher(Files.readString(f));
                while (m.find()) {
                    out.add(m.group(1).replace("''", "'"));
                }
            }
        }
        return out;
    }
}
