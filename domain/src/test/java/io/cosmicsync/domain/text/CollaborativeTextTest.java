package io.cosmicsync.domain.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CollaborativeTextTest {

    @Test
    void inserts_and_deletes_at_code_point_positions() {
        CollaborativeText t = CollaborativeText.create();
        t.insert("a", 0, "h\uD83D\uDE00llo");
        assertThat(t.length()).isEqualTo(5);
        t.delete(1, 1);
        t.insert("a", 1, "e");
        t.insert("a", 5, " w\uD83C\uDF0D");
        assertThat(t.content()).isEqualTo("hello w\uD83C\uDF0D");
        assertThat(t.length()).isEqualTo(8);
    }

    @Test
    void typing_forward_is_stored_as_one_run() {
        CollaborativeText t = CollaborativeText.create();
        for (int i = 0; i < 1000; i++) {
            t.insert("a", i, "x");
        }
        assertThat(t.runCount()).isEqualTo(1);
        assertThat(t.length()).isEqualTo(1000);
    }

    @Test
    void concurrent_inserts_at_the_same_place_end_in_the_same_order_on_both_replicas() {
        CollaborativeText a = CollaborativeText.create();
        TextOp base = a.insert("a", 0, "ac");
        CollaborativeText b = CollaborativeText.create();
        b.apply(base);
        TextOp fromA = a.insert("a", 1, "XX");
        TextOp fromB = b.insert("b", 1, "YY");

        a.apply(fromB);
        b.apply(fromA);

        assertThat(a.content()).isEqualTo(b.content()).isIn("aXXYYc", "aYYXXc");
        assertThat(a.content()).isEqualTo("aYYXXc");
    }

    @Test
    void applying_an_operation_twice_changes_nothing() {
        CollaborativeText a = CollaborativeText.create();
        TextOp ins = a.insert("a", 0, "abc");
        TextOp del = a.delete(1, 1);
        CollaborativeText b = CollaborativeText.create();

        assertThat(b.apply(ins)).isTrue();
        assertThat(b.apply(ins)).isFalse();
        assertThat(b.apply(del)).isTrue();
        assertThat(b.apply(del)).isFalse();
        assertThat(b.content()).isEqualTo("ac");
    }

    @Test
    void concurrent_deletes_of_the_same_text_delete_it_once() {
        CollaborativeText a = CollaborativeText.create();
        TextOp ins = a.insert("a", 0, "abcdef");
        CollaborativeText b = CollaborativeText.create();
        b.apply(ins);
        TextOp da = a.delete(1, 3);
        TextOp db = b.delete(2, 3);
        a.apply(db);
        b.apply(da);
        assertThat(a.content()).isEqualTo(b.content()).isEqualTo("af");
    }

    @Test
    void rejects_an_operation_whose_origin_has_not_arrived() {
        CollaborativeText a = CollaborativeText.create();
        a.insert("a", 0, "abc");
        TextOp later = a.insert("a", 3, "d");
        CollaborativeText b = CollaborativeText.create();

        assertThatThrownBy(() -> b.apply(later)).isInstanceOf(TextException.class).hasMessageContaining("causal order");
        assertThatThrownBy(() -> b.apply(new TextOp.Delete(List.of(new IdSpan("a", 1, 1))))).isInstanceOf(TextException.class);
    }

    @Test
    void rejects_positions_outside_the_text() {
        CollaborativeText t = CollaborativeText.create();
        t.insert("a", 0, "abc");
        assertThatThrownBy(() -> t.insert("a", 4, "x")).isInstanceOf(TextException.class).hasMessageContaining("outside");
        assertThatThrownBy(() -> t.delete(2, 2)).isInstanceOf(TextException.class);
        assertThatThrownBy(() -> t.delete(-1, 1)).isInstanceOf(TextException.class);
    }

    @Test
    void rejects_text_with_an_unpaired_surrogate_which_utf8_could_not_carry() {
        CollaborativeText t = CollaborativeText.create();
        assertThatThrownBy(() -> t.insert("a", 0, "x\uD83D")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("surrogate");
        assertThatThrownBy(() -> t.insert("a", 0, "\uDE00x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(t.length()).isZero();
    }

    @Test
    void a_deletion_spanning_many_runs_and_chunks_is_one_operation_that_replays_elsewhere() {
        CollaborativeText a = CollaborativeText.create();
        CollaborativeText b = CollaborativeText.create();
        for (int i = 0; i < 500; i++) {
            b.apply(a.insert("a", i / 2, "x" + (i % 10)));
        }
        TextOp del = a.delete(10, 900);
        b.apply(del);
        assertThat(((TextOp.Delete) del).spans().size()).isGreaterThan(1);
        assertThat(b.content()).isEqualTo(a.content()).hasSize(100);
    }
}
