package io.plantdesk.ui.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Visible strings of one bundle, with {0}-style arguments. */
public final class Messages {

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The bundle {@code baseName} (e.g. "io.plantdesk.app.messages") from the anchor's class loader. */
    public static Messages of(String baseName, Class<?> anchor) {
        return new Messages(ResourceBundle.getBundle(baseName, Locale.getDefault(), anchor.getClassLoader()));
    }

    public String get(String key, Object... args) {
        try {
            String s = bundle.getString(key);
            return args.length == 0 ? s : MessageFormat.format(s, args);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }
}
