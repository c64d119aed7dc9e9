package io.cosmicsync.application.sync.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.application.sync.port.in.ApplyLocalMutationCommand;
import io.cosmicsync.application.sync.port.in.LocalMutationResult;
import io.cosmicsync.application.sync.port.in.Mutation;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.Hlc;
import io.cosmicsync.domain.sync.Operation;
import io.cosmicsync.domain.sync.Resolution;
import io.cosmicsync.domain.sync.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplyLocalMutationServiceTest {
    private static final DocumentRef DOC = new DocumentRef("project-1", "tasks", "t1");
    private final SyncNode node = new SyncNode("peer-a", 1_000);

    @Test
    void turns_mutations_into_one_change_stamped_by_the_local_clock_applied_and_logged_in_one_transaction() {
        Change c = node.edit(DOC, new Mutation.SetField("title", Value.of("Write docs")), new Mutation.IncrementCounter("votes", 2));

        assertThat(c.author()).isEqualTo(node.peer);
        assertThat(c.hlc()).isEqualTo(new Hlc(1_000, 0));
        assertThat(c.operations()).hasSize(2).first().isInstanceOf(Operation.SetField.class);
        assertThat(node.store.log).containsExactly(c);
        assertThat(node.store.transactions).isEqualTo(1);
        assertThat(node.view(DOC).fields()).containsEntry("title", new Resolution.Resolved(Value.of("Write docs")));
        assertThat(node.view(DOC).counters()).containsEntry("votes", 2L);
    }

    @Test
    void chains_each_new_change_on_the_current_heads() {
        Change first = node.edit(DOC, new Mutation.SetField("title", Value.of("a")));
        Change second = node.edit(DOC, new Mutation.SetField("title", Value.of("b")));

        assertThat(first.dependencies()).isEmpty();
        assertThat(second.dependencies()).containsExactly(first.id());
        assertThat(second.hlc().isAfter(first.hlc())).isTrue();
        assertThat(((Operation.SetField) second.operations().get(0)).supersedes()).containsExactly(first.stamp());
        assertThat(node.store.heads()).containsExactly(second.id());
    }

    @Test
    void edits_text_by_code_point_positions() {
        node.edit(DOC, new Mutation.InsertText("body", 0, "h\uD83D\uDE00llo"));
        node.edit(DOC, new Mutation.DeleteText("body", 1, 1), new Mutation.InsertText("body", 1, "e"));

        assertThat(node.view(DOC).texts()).containsEntry("body", "hello");
    }

    @Test
    void edits_a_list_by_element_positions() {
        node.edit(DOC, new Mutation.InsertListItems("steps", 0, List.of(Value.of("one"), Value.of("three"))));
        node.edit(DOC, new Mutation.InsertListItems("steps", 1, List.of(Value.of("two"))), new Mutation.DeleteListItems("steps", 0, 1));

        assertThat(node.view(DOC).lists()).containsEntry("steps", List.of(Value.of("two"), Value.of("three")));
        assertThat(node.local.applyLocalMutation(new ApplyLocalMutationCommand(DOC, List.of(new Mutation.DeleteListItems("steps", 1, 2)))))
                .isInstanceOf(LocalMutationResult.Refused.class);
    }

    @Test
    void refuses_a_text_edit_outside_the_text_and_changes_nothing() {
        node.edit(DOC, new Mutation.InsertText("body", 0, "abc"));
        LocalMutationResult r = node.local.applyLocalMutation(new ApplyLocalMutationCommand(DOC,
                List.of(new Mutation.SetField("title", Value.of("x")), new Mutation.DeleteText("body", 2, 5))));

        assertThat(r).isInstanceOf(LocalMutationResult.Refused.class);
        assertThat(((LocalMutationResult.Refused) r).reason()).contains("cannot delete");
        assertThat(node.store.log).hasSize(1);
        assertThat(node.view(DOC).fields()).doesNotContainKey("title");
    }

    @Test
    void refuses_a_blank_field_name_or_malformed_text_before_changing_anything() {
        LocalMutationResult blank = node.local.applyLocalMutation(new ApplyLocalMutationCommand(DOC,
                List.of(new Mutation.IncrementCounter("n", 1), new Mutation.SetField(" ", Value.of(1)))));
        LocalMutationResult lone = node.local.applyLocalMutation(new ApplyLocalMutationCommand(DOC,
                List.of(new Mutation.IncrementCounter("n", 1), new Mutation.InsertText("body", 0, "\uD800"))));

        assertThat(blank).isInstanceOf(LocalMutationResult.Refused.class);
        assertThat(lone).isInstanceOf(LocalMutationResult.Refused.class);
        assertThat(node.store.log).isEmpty();
        assertThat(node.view(DOC)).isNull();
    }

    @Test
    void refuses_values_and_texts_that_peers_could_not_decode() {
        Value deep = Value.of(1);
        for (int i = 0; i < 40; i++) {
            deep = new Value.ListValue(List.of(deep));
        }
        LocalMutationResult tooDeep = node.local.applyLocalMutation(new ApplyLocalMutationCommand(DOC, List.of(new Mutation.SetField("x", deep))));
        LocalMutationResult tooLong = node.local.applyLocalMutation(new ApplyLocalMutationCommand(DOC,
                List.of(new Mutation.InsertText("body", 0, "x".repeat((1 << 20) + 1)))));

        assertThat(tooDeep).isInstanceOf(LocalMutationResult.Refused.class);
        assertThat(((LocalMutationResult.Refused) tooLong).reason()).contains("too large or too deeply nested");
        assertThat(node.store.log).isEmpty();
    }

    @Test
    void refuses_to_edit_a_deleted_document() {
        node.edit(DOC, new Mutation.SetField("title", Value.of("a")));
        node.edit(DOC, new Mutation.DeleteDocument());

        LocalMutationResult r = node.local.applyLocalMutation(new ApplyLocalMutationCommand(DOC, List.of(new Mutation.IncrementCounter("n", 1))));

        assertThat(r).isInstanceOf(LocalMutationResult.Refused.class);
        assertThat(node.view(DOC).deleted()).isTrue();
    }
}
