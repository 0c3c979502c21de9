package io.plantdesk.platform.embedded;

import io.plantdesk.platform.PlantdeskException;
import java.nio.file.Path;

/** The embedded database could not start; the message says why in plain words, with the log path. */
public final class EmbeddedServerException extends PlantdeskException {

    /** UNSAFE_FOLDER: the binaries would run from a folder other accounts can write; BUSY: another start did not finish. */
    public enum Reason {
        PORT_IN_USE,
        DISK_FULL,
        DAMAGED,
        INCOMPATIBLE,
        FAILED,
        UNSAFE_FOLDER,
        BUSY
    }

    private final Reason reason;
    private final Path log;

    public EmbeddedServerException(Reason reason, String message, String hint, Path log, Throwable cause) {
        super(message, hint + " Log: " + log, cause);
        this.reason = reason;
        this.log = log;
    }

    public Reason reason() {
        return reason;
    }

    public Path log() {
        return log;
    }
}
