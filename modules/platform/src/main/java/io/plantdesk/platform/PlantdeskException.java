package io.plantdesk.platform;

import java.util.Optional;

/**
 * An error a person can act on: {@link #getMessage()} says what happened in plain words and
 * {@link #hint()} what to do about it. The cause keeps the technical detail for the log and the
 * error dialog's details.
 */
public class PlantdeskException extends RuntimeException {

    private final String hint;

    public PlantdeskException(String message, String hint, Throwable cause) {
        super(message, cause);
        this.hint = hint;
    }

    public PlantdeskException(String message, String hint) {
        this(message, hint, null);
    }

    public Optional<String> hint() {
        return Optional.ofNullable(hint);
    }

    /** Message and hint in one sentence pair, for a label or a CLI error line. */
    public String fullMessage() {
        return hint == null ? getMessage() : getMessage() + " " + hint;
    }
}
