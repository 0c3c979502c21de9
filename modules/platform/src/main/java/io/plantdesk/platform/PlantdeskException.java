package io.plantdesk.platform;

import java.util.Optional;

/**
 * An error a person can act on: {@link #getMessage()} says what happened in plain words and
 * {@link #hint()} what to do about it. The cause keeps the technical detail for the log and the
 * error dialog's details. Built from {@link Text}s, the message and hint also carry their bundle
 * keys and arguments, and the UI renders them in the person's language.
 */
public class PlantdeskException extends RuntimeException {

    private final String hint;
    private final Text messageText;
    private final Text hintText;

    public PlantdeskException(String message, String hint, Throwable cause) {
        super(message, cause);
        this.hint = hint;
        this.messageText = null;
        this.hintText = null;
    }

    /** A message and hint (may be null) from bundles; {@link #getMessage()} is their English text. */
    public PlantdeskException(Text message, Text hint, Throwable cause) {
        super(message.english(), cause);
        this.hint = hint == null ? null : hint.english();
        this.messageText = message;
        this.hintText = hint;
    }

    public PlantdeskException(Text message, Text hint) {
        this(message, hint, null);
    }

    /** The message as a bundle key and arguments, when it was made from one. */
    public Optional<Text> messageText() {
        return Optional.ofNullable(messageText);
    }

    public Optional<Text> hintText() {
        return Optional.ofNullable(hintText);
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
