package io.cosmicsync.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

/**
 * The files a node keeps beside its database:
 * <pre>
 *   node.lock        held (OS file lock) while a node runs here: one node per directory
 *   node.properties  pid, HTTP address, start time and version of the running node; removed at stop
 *   jwt-secret       the HMAC key that signs access tokens (created once, mode 600)
 *   postgres/        the embedded PostgreSQL cluster
 * </pre>
 */
public final class DataDirectory {

    private static final String LOCK = "node.lock";
    private static final String NODE_FILE = "node.properties";
    private static final String JWT_SECRET = "jwt-secret";

    private final Path root;

    public DataDirectory(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /**
     * Takes the directory's lock for this process, creating the directory if needed.
     *
     * @return the lock, held until released or the process ends
     * @throws IllegalStateException when another node runs with this directory
     */
    public FileLock lock() {
        try {
            Files.createDirectories(root);
            FileChannel channel = FileChannel.open(root.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("another node is running with data directory " + root
                        + " (see ./cosmicsync status --data-dir " + root + ")");
            }
            return lock;
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException("this process already runs a node with data directory " + root, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use data directory " + root, e);
        }
    }

    /** Whether some process holds this directory's lock, i.e. a node runs here. */
    public boolean isLocked() {
        Path lockFile = root.resolve(LOCK);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes the running node's facts, replacing the file atomically. */
    public void writeNodeFile(Properties facts) {
        try {
            Path tmp = root.resolve(NODE_FILE + ".tmp");
            try (var out = Files.newOutputStream(tmp)) {
                facts.store(out, "written by the running CosmicSync node; removed when it stops");
            }
            Files.move(tmp, root.resolve(NODE_FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + root.resolve(NODE_FILE), e);
        }
    }

    /** The facts the running node wrote, if the file exists. */
    public Optional<Properties> readNodeFile() {
        Path file = root.resolve(NODE_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (var in = Files.newInputStream(file)) {
            Properties facts = new Properties();
            facts.load(in);
            return Optional.of(facts);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Removes the node file (at stop). */
    public void deleteNodeFile() {
        try {
            Files.deleteIfExists(root.resolve(NODE_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The token-signing secret: read, or created with 48 random bytes (base64) on first use. */
    public String jwtSecret() {
        Path file = root.resolve(JWT_SECRET);
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file).strip();
            }
            byte[] bytes = new byte[48];
            new SecureRandom().nextBytes(bytes);
            String secret = Base64.getEncoder().encodeToString(bytes);
            Files.createDirectories(root);
            Files.writeString(file, secret);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }
}
