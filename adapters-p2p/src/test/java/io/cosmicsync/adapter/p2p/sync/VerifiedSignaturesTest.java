package io.cosmicsync.adapter.p2p.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.domain.sync.ChangeId;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class VerifiedSignaturesTest {

    private static ChangeId id(int n) {
        byte[] bytes = new byte[32];
        bytes[0] = (byte) n;
        return ChangeId.of(bytes);
    }

    private static byte[] signature(int n) {
        byte[] bytes = new byte[64];
        Arrays.fill(bytes, (byte) n);
        return bytes;
    }

    @Test
    void holds_a_remembered_signature_and_no_other_signature_of_the_same_change() {
        VerifiedSignatures verified = new VerifiedSignatures(10);
        verified.remember(id(1), signature(7));

        assertThat(verified.holds(id(1), signature(7))).isTrue();
        assertThat(verified.holds(id(1), signature(8))).isFalse();
        assertThat(verified.holds(id(2), signature(7))).isFalse();
    }

    @Test
    void keeps_only_the_newest_capacity_entries() {
        VerifiedSignatures verified = new VerifiedSignatures(2);
        verified.remember(id(1), signature(1));
        verified.remember(id(2), signature(2));
        verified.remember(id(3), signature(3));

        assertThat(verified.holds(id(1), signature(1))).isFalse();
        assertThat(verified.holds(id(2), signature(2))).isTrue();
        assertThat(verified.holds(id(3), signature(3))).isTrue();
    }

    @Test
    void a_signature_changed_after_it_was_remembered_does_not_change_what_is_held() {
        VerifiedSignatures verified = new VerifiedSignatures(2);
        byte[] signature = signature(5);
        verified.remember(id(1), signature);
        signature[0] = 9;

        assertThat(verified.holds(id(1), signature)).isFalse();
        assertThat(verified.holds(id(1), signature(5))).isTrue();
    }
}
