package io.plantdesk.platform.db;

import io.plantdesk.platform.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentences Plantdesk's SQL functions raise, as message keys with arguments. The server can
 * only raise one language, so each {@code raise exception} text of sql/ has a pattern here (in a
 * module's {@code META-INF/plantdesk/sql-messages.properties}: {@code key=regex}, and
 * {@code bundle=} the module's bundle unless it is the platform's); the groups are the key's
 * arguments and the bundle holds the words, so a plant reads them in its own language.
 * {@code SqlMessagesTest} fails when a raise in sql/ has no pattern, so none is missed.
 */
public final class SqlMessages {

    static final String RESOURCE = "META-INF/plantdesk/sql-messages.properties";
    private static final String BUNDLE = "bundle";

    /** One pattern: the server's English text, and the key (in the platform bundle) that says it. */
    record Entry(String bundle, String key, Pattern pattern) {}

    private static final List<Entry> ENTRIES = load();

    private SqlMessages() {}

    /** The keyed sentence for a server message, or null when it is not one of Plantdesk's own. */
    public static Text sentence(String serverMessage) {
        if (serverMessage == null) {
            return null;
        }
        for (Entry e : ENTRIES) {
            Matcher m = e.pattern().matcher(serverMessage);
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = m.group(i + 1);
                }
                return new Text(e.bundle(), e.key(), args);
            }
        }
        return null;
    }

    static List<Entry> entries() {
        return ENTRIES;
    }

    private static List<Entry> load() {
        List<Entry> out = new ArrayList<>();
        try {
            for (URL url : Collections.list(SqlMessages.class.getClassLoader().getResources(RESOURCE))) {
                Properties p = new Properties();
                try (InputStream in = url.openStream()) {
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                // A feature's file names its own bundle ("bundle=io.plantdesk.fleet.messages"); core's is the
                // platform's.
                String bundle = p.getProperty(BUNDLE, Text.PLATFORM);
                p.stringPropertyNames().stream()
                        .filter(k -> !k.equals(BUNDLE))
                        .sorted()
                        .forEach(k -> out.add(new Entry(bundle, k, Pattern.compile(p.getProperty(k), Pattern.DOTALL))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
