package io.plantdesk.ui.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Visible strings of one bundle, with {0}-style arguments. Under the pseudo-locale
 * {@link #PSEUDO} (en-XA) every string comes back bracketed and accented ("[Ŀöĝ íñ]"), its
 * arguments untouched, so a screen walked in it shows at once any text that did not come from a
 * bundle.
 */
public final class Messages {

    /** The pseudo-locale: start with {@code -Duser.language=en -Duser.country=XA}, or set it in a test. */
    public static final Locale PSEUDO = Locale.forLanguageTag("en-XA");

    private final ResourceBundle bundle;
    private final boolean pseudo;

    private Messages(ResourceBundle bundle, boolean pseudo) {
        this.bundle = bundle;
        this.pseudo = pseudo;
    }

    /** The bundle {@code baseName} (e.g. "io.plantdesk.activity.ui.messages") from the anchor's class loader. */
    public static Messages of(String baseName, Class<?> anchor) {
        Locale locale = Locale.getDefault();
        return new Messages(ResourceBundle.getBundle(baseName, locale, anchor.getClassLoader()), PSEUDO.equals(locale));
    }

    public String get(String key, Object... args) {
        try {
            String s = bundle.getString(key);
            if (pseudo) {
                s = pseudo(s);
            }
            return args.length == 0 ? s : MessageFormat.format(s, args);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ACCENTED = "àƀçđéƒĝĥíĵķĺɱñöþǫŕšţüṽŵẋýžÀƁÇĐÉƑĜĤÍĴĶĹṀÑÖÞǪŔŠŢÜṼŴẊÝŽ";

    /** Accents every letter outside {n} placeholders and brackets the whole. */
    static String pseudo(String pattern) {
        StringBuilder out = new StringBuilder("[");
        int depth = 0;
        for (char c : pattern.toCharArray()) {
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
            int i = PLAIN.indexOf(c);
            out.append(depth == 0 && i >= 0 ? ACCENTED.charAt(i) : c);
        }
        return out.append(']').toString();
    }
}
