package io.cosmicsync.adapter.p2p.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.adapter.p2p.identity.Ed25519Backend;
import io.cosmicsync.adapter.p2p.identity.Ed25519KeyPair;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.ChangeId;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.Hlc;
import io.cosmicsync.domain.sync.Operation;
import io.cosmicsync.domain.sync.PeerId;
import io.cosmicsync.domain.sync.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class Ed25519ChangeSignerTest {
    private static final DocumentRef DOC = new DocumentRef("p", "tasks", "t1");
    private final Ed25519KeyPair alice = Ed25519KeyPair.generate();
    private final Ed25519ChangeSigner signer = new Ed25519ChangeSigner(alice);

    private static Change by(Ed25519KeyPair author, String title) {
        return Change.create(new PeerId(author.peerId().toString()), new Hlc(1, 0), Set.of(),
                List.of(new Operation.SetField(DOC, "title", Value.of(title), Set.of())));
    }

    @Test
    void a_signature_made_by_the_author_verifies_with_only_the_peer_id() {
        Change change = by(alice, "Plan");

        byte[] signature = signer.sign(change);

        assertThat(signature).hasSize(64);
        assertThat(new Ed25519ChangeSigner(Ed25519KeyPair.generate()).isSignedByAuthor(change, signature)).isTrue();
    }

    @Test
    void a_signature_does_not_verify_for_another_change_or_a_flipped_bit() {
        byte[] signature = signer.sign(by(alice, "Plan"));
        byte[] flipped = signature.clone();
        flipped[10] ^= 1;

        assertThat(signer.isSignedByAuthor(by(alice, "Plan B"), signature)).isFalse();
        assertThat(signer.isSignedByAuthor(by(alice, "Plan"), flipped)).isFalse();
        assertThat(signer.isSignedByAuthor(by(alice, "Plan"), new byte[3])).isFalse();
        assertThat(signer.isSignedByAuthor(by(alice, "Plan"), null)).isFalse();
    }

    @Test
    void a_change_that_verified_once_still_fails_with_a_flipped_signature() {
        byte[] signature = signer.sign(by(alice, "Plan"));
        byte[] flipped = signature.clone();
        flipped[63] ^= 1;

        assertThat(signer.isSignedByAuthor(by(alice, "Plan"), signature)).isTrue();
        assertThat(signer.isSignedByAuthor(by(alice, "Plan"), signature)).isTrue();
        assertThat(signer.isSignedByAuthor(by(alice, "Plan"), flipped)).isFalse();
        assertThat(signer.signedByAuthor(List.of(by(alice, "Plan")), Map.of(by(alice, "Plan").id(), flipped))).isEmpty();
    }

    @Test
    void a_change_claiming_another_author_does_not_verify_with_my_signature() {
        Ed25519KeyPair mallory = Ed25519KeyPair.generate();
        Change claimsAlice = by(alice, "Pay mallory");

        byte[] domain = Ed25519ChangeSigner.DOMAIN.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] signed = java.util.Arrays.copyOf(domain, domain.length + 32);
        System.arraycopy(claimsAlice.id().bytes(), 0, signed, domain.length, 32);
        byte[] forged = mallory.sign(signed);

        assertThat(signer.isSignedByAuthor(claimsAlice, forged)).isFalse();
    }

    @Test
    void an_author_that_is_not_a_libp2p_peer_id_never_verifies_and_a_node_signs_only_its_own_changes() {
        Change legacy = Change.create(new PeerId("node-1"), new Hlc(1, 0), Set.of(),
                List.of(new Operation.SetField(DOC, "title", Value.of("x"), Set.of())));

        assertThat(signer.isSignedByAuthor(legacy, new byte[64])).isFalse();
        assertThatThrownBy(() -> signer.sign(legacy)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_change_signed_with_tink_verifies_with_each_native_backend_and_the_other_way_round() {
        assumeTrue(!Ed25519Backend.nativeBackends().isEmpty(), "no native Ed25519 library is available here");
        Ed25519ChangeSigner tink = new Ed25519ChangeSigner(alice, Ed25519Backend.tink());
        Change change = by(alice, "Plan");
        byte[] byTink = tink.sign(change);

        for (Ed25519Backend backend : Ed25519Backend.nativeBackends()) {
            Ed25519ChangeSigner nativeSigner = new Ed25519ChangeSigner(alice, backend);
            byte[] byNative = nativeSigner.sign(change);

            assertThat(byNative).as("Ed25519 is deterministic: the same bytes from " + backend.name()).isEqualTo(byTink);
            assertThat(nativeSigner.isSignedByAuthor(change, byTink)).as(backend.name()).isTrue();
            assertThat(tink.isSignedByAuthor(change, byNative)).as(backend.name()).isTrue();
        }
    }

    @Test
    void a_forged_or_altered_change_signature_fails_with_every_backend() {
        Ed25519KeyPair mallory = Ed25519KeyPair.generate();
        Change change = by(alice, "Plan");
        byte[] altered = signer.sign(change);
        altered[40] ^= 0x10;
        byte[] byMallory = new Ed25519ChangeSigner(mallory).sign(by(mallory, "Plan"));

        List<Ed25519Backend> backends = new ArrayList<>(List.of(Ed25519Backend.tink()));
        backends.addAll(Ed25519Backend.nativeBackends());
        for (Ed25519Backend backend : backends) {
            Ed25519ChangeSigner verifier = new Ed25519ChangeSigner(Ed25519KeyPair.generate(), backend);
            assertThat(verifier.isSignedByAuthor(change, altered)).as(backend.name()).isFalse();
            assertThat(verifier.isSignedByAuthor(change, byMallory)).as(backend.name()).isFalse();
            assertThat(verifier.isSignedByAuthor(by(alice, "Plan B"), signer.sign(change))).as(backend.name()).isFalse();
        }
    }

    @Test
    void a_batch_check_gives_each_change_the_answer_it_gets_alone() {
        Ed25519KeyPair bob = Ed25519KeyPair.generate();
        Ed25519ChangeSigner bobs = new Ed25519ChangeSigner(bob);
        List<Change> changes = new ArrayList<>();
        Map<ChangeId, byte[]> signatures = new HashMap<>();
        Set<ChangeId> expected = new HashSet<>();
        for (int i = 0; i < 600; i++) {
            Change change = by(i % 2 == 0 ? alice : bob, "title " + i);
            byte[] signature = (i % 2 == 0 ? signer : bobs).sign(change);
            switch (i % 5) {
                case 0 -> signature[3] ^= 1;
                case 1 -> signature = null;
                default -> expected.add(change.id());
            }
            changes.add(change);
            if (signature != null) {
                signatures.put(change.id(), signature);
            }
        }
        changes.add(changes.get(2));

        Set<ChangeId> authentic = new Ed25519ChangeSigner(Ed25519KeyPair.generate()).signedByAuthor(changes, signatures);

        assertThat(authentic).isEqualTo(expected);
        for (Change change : changes) {
            assertThat(authentic.contains(change.id())).isEqualTo(signer.isSignedByAuthor(change, signatures.get(change.id())));
        }
    }
}
