package io.cosmicsync.domain.sync;

import static io.cosmicsync.domain.sync.Fixtures.A;
import static io.cosmicsync.domain.sync.Fixtures.B;
import static io.cosmicsync.domain.sync.Fixtures.DOC;
import static io.cosmicsync.domain.sync.Fixtures.stamp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.domain.encoding.MalformedEncodingException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentCodecTest {
    private static final ConflictPolicy KEEP_BOTH = new ConflictPolicy(Map.of(), StandardResolver.KEEP_BOTH);

    private static Document sample() {
        Document d = Document.create(DOC);
        d.apply(new Operation.SetField(DOC, "title", Value.of("a"), Set.of()), stamp(1, A));
        d.apply(new Operation.SetField(DOC, "title", new Value.DoubleValue(1.5), Set.of()), stamp(1, B));
        d.apply(new Operation.IncrementCounter(DOC, "votes", -7), stamp(2, A));
        d.apply(new Operation.InsertText(DOC, "body", d.text("body").prepareInsert("peer-a", 0, "h\u00e9llo \uD83C\uDF0D")), stamp(3, A));
        d.apply(new Operation.DeleteText(DOC, "body", d.text("body").prepareDelete(0, 1)), stamp(4, A));
        d.apply(new Operation.InsertListItems(DOC, "items", d.list("items").prepareInsert(B, 0, 2), List.of(Value.of(1), Value.ofNull())), stamp(5, B));
        d.apply(new Operation.DeleteListItems(DOC, "items", d.list("items").prepareDelete(1, 1)), stamp(6, B));
        return d;
    }

    @Test
    void a_snapshot_round_trips_the_whole_state_and_keeps_merging() {
        Document d = sample();
        byte[] bytes = DocumentCodec.encode(d);
        Document copy = DocumentCodec.decode(bytes, ChangeCodec.Limits.DEFAULT);

        assertThat(copy.view(KEEP_BOTH)).isEqualTo(d.view(KEEP_BOTH));
        assertThat(copy.view(KEEP_BOTH).texts()).containsEntry("body", "\u00e9llo \uD83C\uDF0D");
        assertThat(copy.view(KEEP_BOTH).lists()).containsEntry("items", List.of(Value.of(1)));
        assertThat(DocumentCodec.encode(copy)).isEqualTo(bytes);

        Operation later = new Operation.InsertText(DOC, "body", d.text("body").prepareInsert("peer-b", 2, "!"));
        d.apply(later, stamp(7, B));
        copy.apply(later, stamp(7, B));
        assertThat(copy.view(KEEP_BOTH)).isEqualTo(d.view(KEEP_BOTH));
    }

    @Test
    void a_tombstone_survives_the_snapshot() {
        Document d = sample();
        d.apply(new Operation.DeleteDocument(DOC), stamp(9, A));
        Document copy = DocumentCodec.decode(DocumentCodec.encode(d), ChangeCodec.Limits.DEFAULT);
        assertThat(copy.isDeleted()).isTrue();
        assertThat(copy.tombstone()).isEqualTo(stamp(9, A));
    }

    @Test
    void rejects_bad_magic_truncation_trailing_bytes_and_oversized_snapshots() {
        byte[] bytes = DocumentCodec.encode(sample());
        byte[] magic = bytes.clone();
        magic[1] = 'X';
        assertThatThrownBy(() -> DocumentCodec.decode(magic, ChangeCodec.Limits.DEFAULT)).isInstanceOf(MalformedEncodingException.class);
        for (int cut = 1; cut < bytes.length; cut += 7) {
            byte[] truncated = Arrays.copyOf(bytes, cut);
            assertThatThrownBy(() -> DocumentCodec.decode(truncated, ChangeCodec.Limits.DEFAULT)).isInstanceOf(MalformedEncodingException.class);
        }
        assertThatThrownBy(() -> DocumentCodec.decode(Arrays.copyOf(bytes, bytes.length + 1), ChangeCodec.Limits.DEFAULT))
                .isInstanceOf(MalformedEncodingException.class).hasMessageContaining("trailing");
        assertThatThrownBy(() -> DocumentCodec.decode(bytes, new ChangeCodec.Limits(bytes.length - 1, 100, 4, 100)))
                .isInstanceOf(MalformedEncodingException.class).hasMessageContaining("exceeds the limit");
    }
}
