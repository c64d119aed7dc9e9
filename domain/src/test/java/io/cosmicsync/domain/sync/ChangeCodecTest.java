package io.cosmicsync.domain.sync;

import static io.cosmicsync.domain.sync.Fixtures.A;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.domain.encoding.MalformedEncodingException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangeCodecTest {
    private final Change parent = Change.create(A, new Hlc(10, 0), Set.of(), Fixtures.everyKindOfOperation().subList(0, 1));
    private final Change change = Change.create(A, new Hlc(1_700_000_000_123L, 4), Set.of(parent.id()), Fixtures.everyKindOfOperation());

    @Test
    void the_id_is_the_sha256_of_the_canonical_encoding() throws Exception {
        byte[] bytes = ChangeCodec.encode(change);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertThat(change.id().hex()).isEqualTo(sha);
    }

    @Test
    void every_operation_and_value_kind_round_trips() {
        Change decoded = ChangeCodec.decode(ChangeCodec.encode(change), ChangeCodec.Limits.DEFAULT);
        assertThat(decoded).isEqualTo(change);
        assertThat(decoded.id()).isEqualTo(change.id());
        assertThat(decoded.author()).isEqualTo(change.author());
        assertThat(decoded.hlc()).isEqualTo(change.hlc());
        assertThat(decoded.dependencies()).containsExactlyElementsOf(change.dependencies());
        assertThat(decoded.operations()).isEqualTo(change.operations());
        assertThat(ChangeCodec.encode(decoded)).isEqualTo(ChangeCodec.encode(change));
    }

    @Test
    void a_decoded_change_whose_bytes_are_not_the_encoding_of_its_parts_cannot_exist() {
        byte[] otherBytes = ChangeCodec.encode(parent);

        assertThatThrownBy(() -> Change.decoded(otherBytes, change.author(), change.hlc(), change.dependencies(), change.operations()))
                .isInstanceOf(SyncException.class).hasMessageContaining("not canonical");
    }

    @Test
    void the_encoding_handed_out_is_a_copy() {
        byte[] bytes = ChangeCodec.encode(change);
        byte[] expected = bytes.clone();

        Arrays.fill(bytes, (byte) 0);

        assertThat(ChangeCodec.encode(change)).isEqualTo(expected);
    }

    @Test
    void a_change_with_an_id_that_does_not_match_its_content_cannot_exist() {
        assertThatThrownBy(() -> new Change(parent.id(), A, new Hlc(11, 0), parent.dependencies(), parent.operations()))
                .isInstanceOf(SyncException.class).hasMessageContaining("does not match its content");
    }

    @Test
    void rejects_truncated_extended_oversized_and_unknown_version_bytes() {
        byte[] bytes = ChangeCodec.encode(change);
        assertThatThrownBy(() -> ChangeCodec.decode(Arrays.copyOf(bytes, bytes.length - 1), ChangeCodec.Limits.DEFAULT))
                .isInstanceOf(MalformedEncodingException.class);
        assertThatThrownBy(() -> ChangeCodec.decode(Arrays.copyOf(bytes, bytes.length + 1), ChangeCodec.Limits.DEFAULT))
                .isInstanceOf(MalformedEncodingException.class).hasMessageContaining("trailing");
        assertThatThrownBy(() -> ChangeCodec.decode(bytes, new ChangeCodec.Limits(bytes.length - 1, 100, 4, 100)))
                .isInstanceOf(MalformedEncodingException.class).hasMessageContaining("exceeds the limit");
        byte[] version = bytes.clone();
        version[0] = 2;
        assertThatThrownBy(() -> ChangeCodec.decode(version, ChangeCodec.Limits.DEFAULT)).hasMessageContaining("version");
    }

    @Test
    void rejects_values_nested_deeper_than_the_limit() {
        byte[] bytes = ChangeCodec.encode(change);
        assertThatThrownBy(() -> ChangeCodec.decode(bytes, new ChangeCodec.Limits(1 << 20, 1 << 10, 1, 100)))
                .isInstanceOf(MalformedEncodingException.class).hasMessageContaining("nest deeper");
    }

    @Test
    void every_single_flipped_byte_is_rejected_or_yields_a_different_valid_change() {
        byte[] bytes = ChangeCodec.encode(change);
        for (int i = 0; i < bytes.length; i++) {
            byte[] bad = bytes.clone();
            bad[i] ^= 0x01;
            try {
                assertThat(ChangeCodec.decode(bad, ChangeCodec.Limits.DEFAULT).id()).isNotEqualTo(change.id());
            } catch (MalformedEncodingException expected) {
                assertThat(expected).hasMessageContaining("at byte");
            }
        }
    }
}
