package io.plantdesk.platform.embedded;

import io.plantdesk.platform.config.PrivateFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A lock file beside the data folder, held while one process checks, starts and registers the
 * embedded server. Two commands started at once on a stopped server: the first starts it, the
 * second waits and then attaches to it. The OS releases the lock when a process dies.
 */
final class StartLock implements AutoCloseable {

    /** File locks belong to the JVM, so threads of one process also queue here. */
    private static final ReentrantLock IN_PROCESS = new ReentrantLock();

    private final FileChannel channel;
    private final FileLock lock;

    private StartLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static StartLock acquire(Path file, Duration wait, Path log) {
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            if (!IN_PROCESS.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy(log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy(log);
        }
        FileChannel channel = null;
        try {
            PrivateFiles.ensurePrivateFile(file);
            channel = FileChannel.open(file, StandardOpenOption.WRITE);
            while (true) {
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null;
                }
                if (lock != null) {
                    return new StartLock(channel, lock);
                }
                if (System.nanoTime() > deadline) {
                    throw busy(log);
                }
                Thread.sleep(100);
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            closeQuietly(channel);
            IN_PROCESS.unlock();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            if (e instanceof EmbeddedServerException ex) {
                throw ex;
            }
            throw new EmbeddedServerException(
                    EmbeddedServerException.Reason.FAILED,
                    "Cannot take the embedded database's start lock " + file + ".",
                    "Check that its folder is writable.",
                    log,
                    e);
        }
    }

    private static EmbeddedServerException busy(Path log) {
        return new EmbeddedServerException(
                EmbeddedServerException.Reason.BUSY,
                "Another Plantdesk on this computer is starting the embedded database and has not finished.",
                "Wait a minute and try again; if it keeps happening, close every Plantdesk window first.",
                log,
                null);
    }

    private static void closeQuietly(FileChannel c) {
        try {
            if (c != null) {
                c.close();
            }
        } catch (IOException ignored) {
            // closing releases the lock anyway
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // released when the channel closes
        }
        closeQuietly(channel);
        IN_PROCESS.unlock();
    }
}
