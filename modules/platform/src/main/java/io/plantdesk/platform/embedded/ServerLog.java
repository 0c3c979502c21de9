package io.plantdesk.platform.embedded;

import io.plantdesk.platform.config.PrivateFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/** postgres.log: private to the account (0600 in a 0700 folder), rolled at a size, and Plantdesk's own notes. */
final class ServerLog {

    private ServerLog() {}

    static void rotate(Path log, long maxBytes) throws IOException {
        if (Files.exists(log) && Files.size(log) > maxBytes) {
            Path old = log.resolveSibling(log.getFileName() + ".1");
            Files.move(log, old, StandardCopyOption.REPLACE_EXISTING);
            PrivateFiles.makePrivate(old);
        }
    }

    /** Appends a line, creating the log (private) when needed; a log that cannot be written is no reason to fail. */
    static void note(Path log, String line) {
        try {
            PrivateFiles.createDirectories(log.getParent());
            PrivateFiles.ensurePrivateFile(log);
            Files.writeString(
                    log,
                    OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS) + " Plantdesk: " + line
                            + System.lineSeparator(),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException e) {
            // nothing more to do: the message itself still reaches the person
        }
    }
}
