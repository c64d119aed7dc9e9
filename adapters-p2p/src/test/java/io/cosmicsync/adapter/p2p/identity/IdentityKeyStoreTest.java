package io.cosmicsync.adapter.p2p.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdentityKeyStoreTest {

    @TempDir
    Path dir;

    @Test
    void creates_the_key_once_and_loads_the_same_identity_afterwards() {
        IdentityKeyStore store = new IdentityKeyStore(dir.resolve("node"));
        PeerId first = store.loadOrCreate().peerId();
        PeerId second = new IdentityKeyStore(dir.resolve("node")).loadOrCreate().peerId();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void writes_the_key_file_readable_by_the_owner_only() throws Exception {
        IdentityKeyStore store = new IdentityKeyStore(dir);
        store.loadOrCreate();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.keyFile())))
                .isEqualTo("rw-------");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(store.keyFile());
        }
    }

    @Test
    void refuses_to_replace_a_corrupt_key_file() throws Exception {
        IdentityKeyStore store = new IdentityKeyStore(dir);
        Files.write(store.keyFile(), new byte[] {1, 2, 3});
        assertThatThrownBy(store::loadOrCreate).isInstanceOf(InvalidKeyException.class);
        assertThat(Files.readAllBytes(store.keyFile())).containsExactly(1, 2, 3);
    }
}
