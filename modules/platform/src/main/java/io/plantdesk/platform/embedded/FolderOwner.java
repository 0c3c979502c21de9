package io.plantdesk.platform.embedded;

import io.plantdesk.platform.config.PrivateFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Who owns the folders Plantdesk runs programs from and keeps data in. A folder another account
 * owns (a PLANTDESK_HOME made by someone else, say) is refused: that account could change it at
 * any time, whatever its modes say now. Checked before anything changes a mode, so a folder an
 * older build left open is seen as it was.
 */
final class FolderOwner {

    private FolderOwner() {}

    /** The numeric user of this process, read from a file it creates (portable where unix:uid exists). */
    private static volatile Optional<Integer> self;

    static Optional<Integer> currentUid() {
        Optional<Integer> known = self;
        if (known == null) {
            known = Optional.empty();
            try {
                Path probe = Files.createTempFile("plantdesk-uid", ".probe");
                try {
                    known = uid(probe);
                } finally {
                    Files.deleteIfExists(probe);
                }
            } catch (IOException | RuntimeException e) {
                // no POSIX owner on this system (Windows): per-user profile folders are private already
            }
            self = known;
        }
        return known;
    }

    static Optional<Integer> uid(Path p) {
        try {
            return Optional.of((Integer) Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS));
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return Optional.empty();
        }
    }

    /** True when the path exists and another account owns it. */
    static boolean foreign(Path p) {
        Optional<Integer> me = currentUid();
        Optional<Integer> owner = uid(p);
        return me.isPresent() && owner.isPresent() && !owner.get().equals(me.get());
    }

    /** The first of these existing folders that another account owns, if any. */
    static Optional<Path> firstForeign(List<Path> folders) {
        return folders.stream()
                .filter(p -> Files.exists(p, LinkOption.NOFOLLOW_LINKS))
                .filter(FolderOwner::foreign)
                .findFirst();
    }

    static void refuseForeign(Path folder) throws IOException {
        if (foreign(folder)) {
            throw new IOException(folder + " belongs to another account");
        }
    }

    /**
     * What in a tree another account could have changed: a file or folder it owns, or one others
     * may write (links are judged by their own owner; their targets are checked where they lie).
     */
    static List<String> openToOthers(Path tree) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(tree)) {
            walk.forEach(p -> {
                String rel = tree.relativize(p).toString();
                String name = rel.isEmpty() ? tree.getFileName().toString() : rel;
                if (foreign(p)) {
                    out.add(name + " belongs to another account");
                } else if (!Files.isSymbolicLink(p)
                        && PrivateFiles.mode(p).map(m -> (m & 022) != 0).orElse(false)) {
                    out.add(name + " was writable by other accounts");
                }
            });
        }
        return out;
    }
}
