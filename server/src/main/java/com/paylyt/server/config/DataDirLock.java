package com.paylyt.server.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on a data dir, held while a server uses it, so that two servers never share one database
 * and one ledger. The operating system releases it when the process ends, even after {@code kill -9}.
 */
public final class DataDirLock implements AutoCloseable {

    public static final String FILE_NAME = "paylyt.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code dataDir}.
     *
     * @throws IllegalStateException when another server, in this process or another, has it
     */
    public static DataDirLock acquire(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(dataDir);
            }
            return new DataDirLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            throw inUse(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock the data dir " + dataDir, e);
        } finally {
            if (channel != null && !channel.isOpen()) {
                closeQuietly(channel);
            }
        }
    }

    private static IllegalStateException inUse(Path dataDir) {
        return new IllegalStateException("Another PayLyt server is already using the data dir " + dataDir
                + "; stop it, or give this one another --data-dir");
    }

    /** Releases the lock; calling it again does nothing. */
    @Override
    public void close() {
        if (!channel.isOpen()) {
            return;
        }
        try {
            lock.release();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot release the data dir lock", e);
        } finally {
            closeQuietly(channel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // A failed close leaks one file handle; the lock itself is already released or gone with the channel.
        }
    }
}
