package io.plantdesk.platform.embedded;

import static io.plantdesk.platform.embedded.EmbeddedServerException.Reason;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The embedded server never starts into a nearly full disk (PostgreSQL panics when it cannot write
 * its journal, for every plant at once): below the reserve it refuses with a sentence, below the
 * warning level it starts and says how much is left. A disk that is small but empty is "too
 * small", not "full".
 */
record DiskSpace(long usable, long total) {

    /** Room the server needs to start and to write its journal and a checkpoint. */
    static final long RESERVE = 256L * 1024 * 1024;
    /** Below this the server starts, and the log and {@link EmbeddedServer#diskWarning()} say so. */
    static final long WARNING = 1024L * 1024 * 1024;

    private static final long MB = 1024L * 1024;
    /**
     * A file of this size kept beside the data folder while the disk has room. When the disk later
     * fills up (PostgreSQL stops), the next start deletes it, so the server can start and an admin
     * can clean up, instead of a machine nobody can use.
     */
    static final long RESERVE_FILE = 64L * 1024 * 1024;
    /** What the server needs at the very least to recover and start, once the reserve file is gone. */
    static final long EMERGENCY = 48L * 1024 * 1024;

    /** What a start does with the space there is. */
    enum Decision {
        START,
        RELEASE_RESERVE_AND_START,
        REFUSE
    }

    Decision decide(boolean reserveFileExists) {
        if (usable >= RESERVE) {
            return Decision.START;
        }
        return reserveFileExists && usable + RESERVE_FILE >= EMERGENCY
                ? Decision.RELEASE_RESERVE_AND_START
                : Decision.REFUSE;
    }

    /** Room to put the reserve file back without going below the reserve itself. */
    boolean roomForReserveFile() {
        return usable >= RESERVE + 2 * RESERVE_FILE;
    }

    static Optional<DiskSpace> of(Path dir) {
        try {
            var store = Files.getFileStore(dir);
            return Optional.of(new DiskSpace(store.getUsableSpace(), store.getTotalSpace()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The refusal when there is less than the reserve, naming what to do. */
    Optional<EmbeddedServerException> refusal(Path dir, Path log) {
        if (usable >= RESERVE) {
            return Optional.empty();
        }
        if (total < RESERVE * 2) {
            return Optional.of(new EmbeddedServerException(
                    Reason.DISK_FULL,
                    "The disk holding the embedded database is too small: it holds " + total / MB + " MB in all ("
                            + usable / MB + " MB free), and the database needs at least " + RESERVE / MB + " MB free.",
                    "Set PLANTDESK_HOME to a folder on a larger disk, or use a plant server instead.",
                    log,
                    null));
        }
        return Optional.of(new EmbeddedServerException(
                Reason.DISK_FULL,
                "The disk holding the embedded database is nearly full (" + usable / MB + " MB free of " + total / MB
                        + " MB).",
                "Free at least " + RESERVE / MB + " MB on the disk of " + dir + " and start Plantdesk again.",
                log,
                null));
    }

    /** A sentence when the disk is low but above the reserve. */
    Optional<String> warning(Path dir) {
        if (usable >= WARNING || usable < RESERVE) {
            return Optional.empty();
        }
        return Optional.of("The disk of " + dir + " has only " + usable / MB + " MB free; the embedded database stops "
                + "starting below " + RESERVE / MB + " MB. Free some space soon.");
    }
}
