package io.plantdesk.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.Text;
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
 * Every sentence core's SQL functions raise has a key: the server speaks English only, the bundle
 * speaks the plant's language. A new {@code raise exception} in a core script without a pattern in
 * META-INF/plantdesk/sql-messages.properties fails here.
 */
class SqlMessagesTest {

    /** {@code raise exception 'text', args}: the literal, with '' for a quote inside it. */
    private static final Pattern RAISE = Pattern.compile("raise exception '((?:[^']|'')*)'", Pattern.CASE_INSENSITIVE);

    @Test
    void everyRaiseInCoresScriptsHasAKeyAndASentence() throws IOException {
        List<String> raised = raisedTexts(Path.of("../../sql"));
        assertThat(raised).as("raises found in sql/ core scripts").hasSizeGreaterThan(20);
        List<String> missing = new ArrayList<>();
        for (String format : raised) {
            // Each % placeholder with a sample argument, as the server would fill it in.
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
            String english = sentence.english(); // the key exists in the bundle, and formats
            if (arg > 0) {
                assertThat(english).as(format).contains("Night");
            }
            assertThat(english).as(format).doesNotContain("core.", "plantdesk_", "_check", "%");
        }
        assertThat(missing)
                .as("raise texts without a key in sql-messages.properties")
                .isEmpty();
    }

    @Test
    void aServerSentenceThatIsNotPlantdesksOwnIsLeftAlone() {
        assertThat(SqlMessages.sentence("relation \"core.person\" does not exist"))
                .isNull();
        assertThat(SqlMessages.sentence("shift \"Early\" overlaps shift \"Night\""))
                .isEqualTo(Text.platform("sql.shift.overlap", "Early", "Night"));
    }

    private static List<String> raisedTexts(Path sql) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sql)) {
            for (Path f : files.filter(
                            p -> p.getFileName().toString().matches("[VR]\\d*__core_.*\\.sql|R__core_.*\\.sql"))
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
