package io.cosmicsync.application.sync.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.application.sync.port.out.LoadChangesPort.SequencedChange;
import io.cosmicsync.domain.encoding.MalformedEncodingException;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.ChangeCodec;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.Hlc;
import io.cosmicsync.domain.sync.Operation;
import io.cosmicsync.domain.sync.PeerId;
import io.cosmicsync.domain.sync.SyncException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SequencedChangeTest {

    private static final DocumentRef DOC = new DocumentRef("scope", "notes", "n1");

    private static Change change(long millis) {
        return Change.create(new PeerId("peer-a"), new Hlc(millis, 0), Set.of(), List.of(new Operation.IncrementCounter(DOC, "n", 1)));
    }

    @Test
    void an_entry_made_from_a_change_holds_its_id_and_canonical_bytes_and_decodes_back_to_it() {
        Change change = change(1);

        SequencedChange entry = new SequencedChange(7, change, new byte[] {9});

        assertThat(entry.id()).isEqualTo(change.id());
        assertThat(entry.encoding()).isEqualTo(ChangeCodec.encode(change));
        assertThat(entry.decode()).isEqualTo(change);
    }

    @Test
    void an_entry_whose_bytes_are_another_change_or_no_change_does_not_decode() {
        SequencedChange swapped = new SequencedChange(1, change(1).id(), ChangeCodec.encode(change(2)), null);
        SequencedChange garbage = new SequencedChange(1, change(1).id(), new byte[] {1, 2, 3}, null);

        assertThatThrownBy(swapped::decode).isInstanceOf(SyncException.class).hasMessageContaining(change(1).id().toString());
        assertThatThrownBy(garbage::decode).isInstanceOf(MalformedEncodingException.class);
    }

    @Test
    void a_log_position_is_positive() {
        assertThatThrownBy(() -> new SequencedChange(0, change(1), null)).isInstanceOf(IllegalArgumentException.class);
    }
}
