package io.plantdesk.ui.i18n;

import io.plantdesk.platform.PlantdeskException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** The sentence a screen shows for a failure: a PlantdeskException's message and hint, else the cause's message. */
public final class ErrorText {

    private ErrorText() {
    }

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
            return p.fullMessage();
        }
        return String.valueOf(t.getMessage());
    }
}
