package io.plantdesk.platform.config;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Every folder and file Plantdesk writes is private to the OS account (DESIGN.md section 5): another
 * account on a shared floor PC must not read the logs, plant a program among the embedded server's
 * binaries or list its data. On Windows the per-user profile folders are private already, and POSIX
 * modes do not exist there, so these calls do nothing.
 */
public final class PrivateFiles {

    public static final Set<PosixFilePermission> DIR = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final int GROUP_OR_OTHER_WRITE = 0022;
    private static final int STICKY = 01000;

    private PrivateFiles() {}

    /**
     * Creates a folder and any missing parents with mode 0700 (never a moment readable by others),
     * and makes the folder itself 0700 when it already existed.
     */
    public static Path createDirectories(Path dir) throws IOException {
        Path abs = dir.toAbsolutePath();
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = abs; p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
            missing.push(p);
        }
        while (!missing.isEmpty()) {
            Path p = missing.pop();
            try {
                if (isPosix(p.getParent())) {
                    Files.createDirectory(p, PosixFilePermissions.asFileAttribute(DIR));
                    Files.setPosixFilePermissions(p, DIR); // the umask may have taken bits away; never added any
                } else {
                    Files.createDirectory(p);
                }
            } catch (FileAlreadyExistsException raced) {
                // another Plantdesk made it a moment ago; it is made private below
            }
        }
        makePrivate(abs);
        return dir;
    }

    /** Sets mode 0700 on a folder or 0600 on a file this account owns. */
    public static void makePrivate(Path path) throws IOException {
        if (!isPosix(path) || !Files.exists(path, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(path)) {
            return;
        }
        Files.setPosixFilePermissions(path, Files.isDirectory(path) ? DIR : FILE);
    }

    /** Takes every group and other bit away (a program keeps its owner's execute bit); links are left alone. */
    public static void makePrivateKeepingExec(Path path) throws IOException {
        if (!isPosix(path) || !Files.exists(path, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(path)) {
            return;
        }
        Set<PosixFilePermission> mode = new HashSet<>(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
        mode.removeAll(Set.of(
                PosixFilePermission.GROUP_READ,
                PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.GROUP_EXECUTE,
                PosixFilePermission.OTHERS_READ,
                PosixFilePermission.OTHERS_WRITE,
                PosixFilePermission.OTHERS_EXECUTE));
        Files.setPosixFilePermissions(path, mode);
    }

    /** Creates an empty file 0600 when missing, or makes an existing one 0600. */
    public static void ensurePrivateFile(Path file) throws IOException {
        if (!Files.exists(file)) {
            try {
                if (isPosix(file.getParent())) {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
                } else {
                    Files.createFile(file);
                }
            } catch (FileAlreadyExistsException raced) {
                // fine: made private below
            }
        }
        makePrivate(file);
    }

    /**
     * The first folder from {@code dir} up to the root that another account may write into (group
     * or other write permission without the sticky bit, as /tmp has), if any. Programs run from
     * below such a folder could have been swapped by that account.
     */
    public static Optional<Path> writableByOthers(Path dir) {
        for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
            Optional<Integer> mode = mode(p);
            if (mode.isPresent() && (mode.get() & GROUP_OR_OTHER_WRITE) != 0 && (mode.get() & STICKY) == 0) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The POSIX mode bits of a path (0755 and the like), where the file system has them. */
    public static Optional<Integer> mode(Path p) {
        try {
            return Optional.of((Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS));
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return Optional.empty();
        }
    }

    private static boolean isPosix(Path p) {
        return p != null && p.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
