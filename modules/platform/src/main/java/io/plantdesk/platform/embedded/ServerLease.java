package io.plantdesk.platform.embedded;

import io.plantdesk.platform.config.PrivateFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Who uses the embedded server right now: every Plantdesk process that uses it holds a SHARED OS
 * lock on {@code embedded.users} for as long as it does. The last one out (the one that can take
 * the lock EXCLUSIVELY) stops the server; the others leave it running. The OS drops a killed
 * process's lock by itself, so a crash never leaves a user behind (a list of process numbers would,
 * and a number can be reused by another program).
 *
 * <p>File locks belong to the process, not to a channel or a thread (on Unix, closing any channel
 * of the file drops them all), so one process keeps one channel and one lock per file and counts
 * its own users here. That is why this class keeps state per process. Every method is called with
 * the {@link StartLock} held, so taking, releasing and testing the lease never race with a start
 * or a stop in any process.
 */
final class ServerLease implements AutoCloseable {

    /** One channel and one shared lock per users file in this process, with how many servers use it. */
    private static final Map<Path, Held> HELD = new HashMap<>();

    private record Held(FileChannel channel, FileLock lock, int users) {}

    private final Path file;
    private boolean released;

    private ServerLease(Path file) {
        this.file = file;
    }

    /** Starts using the server of this users file (shared: any number of processes at once). */
    static synchronized ServerLease take(Path usersFile) throws IOException {
        Path key = usersFile.toAbsolutePath().normalize();
        Held held = HELD.get(key);
        if (held != null) {
            HELD.put(key, new Held(held.channel(), held.lock(), held.users() + 1));
            return new ServerLease(key);
        }
        PrivateFiles.ensurePrivateFile(key);
        FileChannel channel = FileChannel.open(key, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            // Exclusive holders only probe for a moment under the start lock, which the caller holds.
            FileLock lock = channel.lock(0, Long.MAX_VALUE, true);
            HELD.put(key, new Held(channel, lock, 1));
            return new ServerLease(key);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * True when any Plantdesk process (this one included, through another server object) still
     * uses the server: nobody else's shared lock would let this process take the file exclusively.
     */
    static synchronized boolean inUse(Path usersFile) {
        Path key = usersFile.toAbsolutePath().normalize();
        if (HELD.containsKey(key)) {
            return true;
        }
        try {
            PrivateFiles.ensurePrivateFile(key);
            try (FileChannel channel = FileChannel.open(key, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                FileLock lock = channel.tryLock(0, Long.MAX_VALUE, false);
                if (lock == null) {
                    return true;
                }
                lock.release();
                return false;
            }
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return true; // when in doubt, leave the server running: a later start takes it for an orphan
        }
    }

    /** True while another server object of this process still uses the server of this users file. */
    static synchronized boolean heldHere(Path usersFile) {
        return HELD.containsKey(usersFile.toAbsolutePath().normalize());
    }

    /** This server object no longer uses the server; the process's lock goes with its last user. */
    @Override
    public void close() {
        synchronized (ServerLease.class) {
            if (released) {
                return;
            }
            released = true;
            Held held = HELD.get(file);
            if (held == null) {
                return;
            }
            if (held.users() > 1) {
                HELD.put(file, new Held(held.channel(), held.lock(), held.users() - 1));
                return;
            }
            HELD.remove(file);
            try {
                held.lock().release();
            } catch (IOException ignored) {
                // closing the channel releases it too
            }
            try {
                held.channel().close();
            } catch (IOException ignored) {
                // the OS releases the lock when the process ends anyway
            }
        }
    }
}
