package io.cosmicsync.domain.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.domain.encoding.MalformedEncodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextCodecTest {

    private static CollaborativeText sample(List<TextOp> ops) {
        CollaborativeText a = CollaborativeText.create();
        ops.add(a.insert("alice", 0, "Hello world \uD83C\uDF0D"));
        ops.add(a.delete(5, 6));
        CollaborativeText b = CollaborativeText.create();
        ops.forEach(b::apply);
        ops.add(b.insert("bob", 5, ", there"));
        ops.add(a.insert("alice", 0, ">> "));
        ops.forEach(a::apply);
        return a;
    }

    @Test
    void the_state_round_trips_and_keeps_enough_history_to_merge_later_operations() {
        List<TextOp> ops = new ArrayList<>();
        CollaborativeText a = sample(ops);
        CollaborativeText copy = TextCodec.decodeState(TextCodec.encodeState(a));
        assertThat(copy.content()).isEqualTo(a.content()).isEqualTo(">> Hello, there \uD83C\uDF0D");
        assertThat(copy.maxCounter()).isEqualTo(a.maxCounter());

        TextOp next = a.insert("alice", 3, "!");
        copy.apply(next);
        TextOp fromCopy = copy.delete(0, 3);
        a.apply(fromCopy);
        assertThat(copy.content()).isEqualTo(a.content()).isEqualTo("!Hello, there \uD83C\uDF0D");
    }

    @Test
    void two_replicas_that_diverged_merge_their_decoded_states_into_the_same_text() {
        CollaborativeText a = CollaborativeText.create();
        a.insert("alice", 0, "shared base text");
        CollaborativeText b = TextCodec.decodeState(TextCodec.encodeState(a));
        a.insert("alice", 6, "ALICE ");
        a.delete(0, 1);
        b.insert("bob", 16, " + BOB");
        b.delete(7, 5);

        CollaborativeText ab = TextCodec.decodeState(TextCodec.encodeState(a));
        ab.merge(TextCodec.decodeState(TextCodec.encodeState(b)));
        b.merge(a);
        b.merge(a);

        assertThat(ab.content()).isEqualTo(b.content()).isEqualTo("haredALICE  text + BOB");
    }

    @Test
    void an_update_round_trips() {
        List<TextOp> ops = new ArrayList<>();
        sample(ops);
        byte[] bytes = TextCodec.encodeUpdate(ops);
        assertThat(TextCodec.decodeUpdate(bytes, TextCodec.Limits.DEFAULT)).isEqualTo(ops);
    }

    @Test
    void an_update_merges_typing_into_one_insert_with_the_same_effect() {
        CollaborativeText a = CollaborativeText.create();
        List<TextOp> ops = new ArrayList<>();
        for (char c : "typing forward".toCharArray()) {
            ops.add(a.insert("alice", a.length(), String.valueOf(c)));
        }
        ops.add(a.delete(0, 1));
        ops.add(a.delete(0, 1));
        List<TextOp> decoded = TextCodec.decodeUpdate(TextCodec.encodeUpdate(ops), TextCodec.Limits.DEFAULT);
        assertThat(decoded).hasSize(2);
        CollaborativeText b = CollaborativeText.create();
        decoded.forEach(b::apply);
        assertThat(b.content()).isEqualTo(a.content()).isEqualTo("ping forward");
    }

    @Test
    void rejects_wrong_magic_truncation_and_trailing_bytes() {
        byte[] state = TextCodec.encodeState(sample(new ArrayList<>()));
        byte[] bad = state.clone();
        bad[0] = 'X';
        assertThatThrownBy(() -> TextCodec.decodeState(bad)).isInstanceOf(MalformedEncodingException.class).hasMessageContaining("magic");
        assertThatThrownBy(() -> TextCodec.decodeState(Arrays.copyOf(state, state.length - 3))).isInstanceOf(MalformedEncodingException.class);
        byte[] longer = Arrays.copyOf(state, state.length + 1);
        assertThatThrownBy(() -> TextCodec.decodeState(longer)).isInstanceOf(MalformedEncodingException.class);
        byte[] update = TextCodec.encodeUpdate(List.of(new TextOp.Delete(List.of(new IdSpan("a", 1, 2)))));
        byte[] updateLonger = Arrays.copyOf(update, update.length + 1);
        assertThatThrownBy(() -> TextCodec.decodeUpdate(updateLonger, TextCodec.Limits.DEFAULT))
                .isInstanceOf(MalformedEncodingException.class).hasMessageContaining("does not match its declared length");
    }

    @Test
    void every_single_flipped_byte_is_rejected_or_decodes_to_a_valid_text() {
        byte[] state = TextCodec.encodeState(sample(new ArrayList<>()));
        int rejected = 0;
        for (int i = 0; i < state.length; i++) {
            byte[] bad = state.clone();
            bad[i] ^= 0x5A;
            try {
                CollaborativeText t = TextCodec.decodeState(bad);
                assertThat(t.content().codePointCount(0, t.content().length())).isEqualTo(t.length());
            } catch (MalformedEncodingException e) {
                rejected++;
            }
        }
        assertThat(rejected).isEqualTo(state.length);
    }

    @Test
    void rejects_a_well_formed_state_whose_run_order_rga_would_not_produce() {
        CollaborativeText ordered = CollaborativeText.create();
        ordered.apply(new TextOp.Insert(new CharId("a", 1), null, "x"));
        ordered.apply(new TextOp.Insert(new CharId("b", 2), new CharId("a", 1), "B"));
        ordered.apply(new TextOp.Insert(new CharId("c", 2), new CharId("a", 1), "C"));
        assertThat(ordered.content()).isEqualTo("xCB");
        byte[] good = TextCodec.encodeState(ordered);
        assertThat(TextCodec.decodeState(good).content()).isEqualTo("xCB");

        CollaborativeText swapped = CollaborativeText.create();
        swapped.apply(new TextOp.Insert(new CharId("a", 1), null, "x"));
        swapped.apply(new TextOp.Insert(new CharId("c", 2), new CharId("a", 1), "C"));
        swapped.apply(new TextOp.Insert(new CharId("b", 2), new CharId("a", 1), "B"));
        swapped.list.locate(1);
        Run c = swapped.list.locRun;
        swapped.list.locate(2);
        Run bRun = swapped.list.locRun;
        Chunk chunk = c.chunk;
        int ci = chunk.indexOf(c);
        chunk.runs[ci] = bRun;
        chunk.runs[ci + 1] = c;
        assertThat(swapped.content()).isEqualTo("xBC");
        assertThatThrownBy(() -> TextCodec.decodeState(TextCodec.encodeState(swapped)))
                .isInstanceOf(MalformedEncodingException.class).hasMessageContaining("order RGA gives");
    }

    @Test
    void enforces_the_size_limits() {
        byte[] state = TextCodec.encodeState(sample(new ArrayList<>()));
        assertThatThrownBy(() -> TextCodec.decodeState(state, new TextCodec.Limits(8, 100, 100, 100)))
                .isInstanceOf(MalformedEncodingException.class).hasMessageContaining("body length");
        assertThatThrownBy(() -> TextCodec.decodeState(state, new TextCodec.Limits(1 << 20, 1, 100, 1 << 20)))
                .isInstanceOf(MalformedEncodingException.class).hasMessageContaining("run count");
        byte[] update = TextCodec.encodeUpdate(List.of(new TextOp.Insert(new CharId("a", 1), null, "x".repeat(100))));
        assertThatThrownBy(() -> TextCodec.decodeUpdate(update, new TextCodec.Limits(1 << 20, 10, 10, 50)))
                .isInstanceOf(MalformedEncodingException.class).hasMessageContaining("text byte length");
    }

    @Test
    void rejects_a_single_op_with_an_unknown_tag_or_an_origin_newer_than_the_insert() {
        io.cosmicsync.domain.encoding.BinaryWriter w = new io.cosmicsync.domain.encoding.BinaryWriter();
        TextCodec.writeOp(w, new TextOp.Insert(new CharId("a", 5), new CharId("b", 4), "x"));
        byte[] op = w.toByteArray();
        byte[] badTag = op.clone();
        badTag[0] = 9;
        assertThatThrownBy(() -> TextCodec.readOp(new io.cosmicsync.domain.encoding.BinaryReader(badTag), TextCodec.Limits.DEFAULT))
                .hasMessageContaining("unknown text op tag");
        byte[] badOrigin = op.clone();
        badOrigin[op.length - 3] = 7;
        assertThatThrownBy(() -> TextCodec.readOp(new io.cosmicsync.domain.encoding.BinaryReader(badOrigin), TextCodec.Limits.DEFAULT))
                .isInstanceOf(MalformedEncodingException.class).hasMessageContaining("Lamport");
    }

    @Test
    void every_single_flipped_byte_of_an_update_is_rejected() {
        List<TextOp> ops = new ArrayList<>();
        sample(ops);
        byte[] update = TextCodec.encodeUpdate(ops);
        for (int i = 0; i < update.length; i++) {
            byte[] bad = update.clone();
            bad[i] ^= 0x21;
            assertThatThrownBy(() -> TextCodec.decodeUpdate(bad, TextCodec.Limits.DEFAULT)).isInstanceOf(MalformedEncodingException.class);
        }
    }
}
