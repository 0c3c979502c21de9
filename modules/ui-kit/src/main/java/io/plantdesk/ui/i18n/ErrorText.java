package io.plantdesk.ui.i18n;

import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.Text;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The sentence a screen shows for a failure: a PlantdeskException's message and hint (rendered
 * from their bundle keys in the person's language when they have them), else the cause's message.
 */
public final class ErrorText {

    private ErrorText() {}

    public static String of(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        Throwable c = t;
        while (!(c instanceof PlantdeskException) && c.getCause() != null) {
            c = c.getCause();
        }
        if (c instanceof PlantdeskException p) {
            if (p.messageText().isPresent()) {
                String m = render(p.messageText().get());
                return p.hintText().map(h -> m + " " + render(h)).orElse(m);
            }
            return p.fullMessage();
        }
        return String.valueOf(t.getMessage());
    }

    /** A {@link Text} in the person's language (the pseudo-locale included). */
    public static String render(Text t) {
        return Messages.of(t.bundle(), ErrorText.class).get(t.key(), t.args());
    }
}
