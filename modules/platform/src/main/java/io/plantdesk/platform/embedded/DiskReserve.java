package io.plantdesk.platform.embedded;

import static io.plantdesk.platform.embedded.EmbeddedServerException.Reason;

import io.plantdesk.platform.config.PrivateFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's disk rules, apart from starting it: refuse to start on a full disk, or give
 * back the reserve file kept beside the data folder so the database can start once more, and keep
 * that reserve written while there is room. {@link DiskSpace} holds the thresholds.
 */
final class DiskReserve {

    private static final Logger LOG = LoggerFactory.getLogger(DiskReserve.class);
    /** The reserve file beside the data folder (its size is {@link DiskSpace#RESERVE_FILE}). */
    static final String FILE_NAME = "disk-reserve";

    private final Path home;
    private final DiskSpace space; // null where the disk cannot be measured
    private final boolean onReserve;

    private DiskReserve(Path home, DiskSpace space, boolean onReserve) {
        this.home = home;
        this.space = space;
        this.onReserve = onReserve;
    }

    /** Before a start: throws when the disk is too full to start, or releases the reserve to start. */
    static DiskReserve beforeStart(Path home, Path log) {
        DiskSpace space = DiskSpace.of(home).orElse(null);
        boolean onReserve = false;
        if (space != null) {
            switch (space.decide(Files.exists(home.resolve(FILE_NAME)))) {
                case REFUSE ->
                    space.refusal(home, log).ifPresent(e -> {
                        throw e;
                    });
                case RELEASE_RESERVE_AND_START -> onReserve = release(home.resolve(FILE_NAME), log);
                case START -> {}
            }
        }
        return new DiskReserve(home, space, onReserve);
    }

    /** After a start: the sentence to show when the disk was low, with what fills it. */
    Optional<String> warning(Supplier<String> diskUse) {
        if (onReserve) {
            return Optional.of(
                    "The disk of " + home + " is full. Plantdesk used its disk reserve so the database could start: "
                            + "free space on that disk now, before the database stops again. " + diskUse.get());
        }
        return space == null ? Optional.empty() : space.warning(home).map(w -> w + " " + diskUse.get());
    }

    /** After a start: writes the reserve once, while there is room for it (a moment at the first start, none after). */
    void keep() {
        Path file = home.resolve(FILE_NAME);
        if (space != null && space.roomForReserveFile() && !Files.exists(file)) {
            write(file);
        }
    }

    /** The disk measured now: a sentence when it is low, or empty. */
    static Optional<String> now(Path home, Supplier<String> diskUse) {
        return DiskSpace.of(home)
                .flatMap(space -> space.usable() < DiskSpace.RESERVE
                        ? space.refusal(home, home)
                                .map(e -> e.getMessage() + " The database may stop when the disk is full.")
                        : space.warning(home))
                .map(w -> w + " " + diskUse.get());
    }

    private static boolean release(Path reserveFile, Path log) {
        try {
            Files.delete(reserveFile);
            ServerLog.note(
                    log,
                    "The disk was full: the " + DiskSpace.RESERVE_FILE / (1024 * 1024)
                            + " MB disk reserve was released so the database can start. Free space on this disk.");
            return true;
        } catch (IOException e) {
            throw new EmbeddedServerException(
                    Reason.DISK_FULL,
                    "The disk holding the embedded database is full.",
                    "Free some space on the disk of " + reserveFile.getParent() + " and start Plantdesk again.",
                    log,
                    e);
        }
    }

    /** Real blocks, not a sparse file: the point is that the space is taken now and can be given back later. */
    private static void write(Path reserveFile) {
        Path tmp = reserveFile.resolveSibling(FILE_NAME + ".tmp");
        try {
            PrivateFiles.ensurePrivateFile(tmp);
            byte[] block = new byte[1024 * 1024];
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.TRUNCATE_EXISTING)) {
                for (long written = 0; written < DiskSpace.RESERVE_FILE; written += block.length) {
                    out.write(block);
                }
            }
            Files.move(tmp, reserveFile, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.debug("Could not write the disk reserve {}", reserveFile, e);
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // nothing left to do
            }
        }
    }
}
