package io.plantdesk.platform;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A sentence for people, kept as a bundle key and its arguments so that the UI renders it in the
 * person's language (ui-kit's {@code ErrorText}); {@link #english()} is the text for the log and
 * the command line.
 *
 * @param bundle the resource bundle's base name, e.g. "io.plantdesk.platform.messages"
 */
public record Text(String bundle, String key, Object... args) {

    public static final String PLATFORM = "io.plantdesk.platform.messages";

    public static Text platform(String key, Object... args) {
        return new Text(PLATFORM, key, args);
    }

    /** The sentence from the bundle's base file (English), formatted with the arguments. */
    public String english() {
        String pattern = ResourceBundle.getBundle(bundle, Locale.ROOT, Text.class.getClassLoader())
                .getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Text t && t.bundle.equals(bundle) && t.key.equals(key) && Arrays.equals(t.args, args);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * bundle.hashCode() + key.hashCode()) + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return key + Arrays.toString(args);
    }
}
