package io.cosmicsync.adapter.p2p.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Keeps a node's identity key in a directory: the first call creates {@value #FILE_NAME} (a libp2p
 * {@code PrivateKey} envelope, owner read/write only, 0600, on POSIX file systems), later calls load it, so the
 * peer id survives restarts.
 *
 * <p>The file is written to a temporary name and linked into place atomically, so a crash never leaves half a
 * key; if two processes race, the first move wins and both load the same key. A file that cannot be parsed
 * throws {@link InvalidKeyException} rather than being replaced: losing an identity must be a human decision.
 * I/O failures throw {@link UncheckedIOException}.
 */
public final class IdentityKeyStore {

    public static final String FILE_NAME = "identity.key";
    /** Far above the 68-byte Ed25519 envelope; a larger file is not ours. */
    private static final long MAX_FILE_BYTES = 4096;

    private final Path directory;

    public IdentityKeyStore(Path directory) {
        this.directory = directory;
    }

    public Path keyFile() {
        return directory.resolve(FILE_NAME);
    }

    /** Loads the key, creating and saving a fresh one first if there is none. */
    public Ed25519KeyPair loadOrCreate() {
        try {
            Files.createDirectories(directory);
            Path file = keyFile();
            if (!Files.exists(file)) {
                create(file);
            }
            return load(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the identity key in " + directory, e);
        }
    }

    private static void create(Path file) throws IOException {
        Path temp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
        try {
            restrictToOwner(temp);
            Files.write(temp, Ed25519KeyPair.generate().toPrivateKeyEnvelope());
            try {
                Files.createLink(file, temp); // atomic, and fails if the file exists
            } catch (UnsupportedOperationException e) {
                Files.move(temp, file);
            }
        } catch (FileAlreadyExistsException e) {
            // another process created it first: use theirs
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static Ed25519KeyPair load(Path file) throws IOException {
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new InvalidKeyException(file + " is too large to be an identity key");
        }
        return Ed25519KeyPair.fromPrivateKeyEnvelope(Files.readAllBytes(file));
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
