package io.cosmicsync.adapter.persistence.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.application.feed.FeedBatch;
import io.cosmicsync.application.feed.LoggedChange;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.Document;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.Hlc;
import io.cosmicsync.domain.sync.Operation;
import io.cosmicsync.domain.sync.PeerId;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ChangeFeedPersistenceTest extends SyncPostgresTest {
    private static final PeerId B = new PeerId("peer-b");
    private static final DocumentRef IN_ONE = new DocumentRef("project-1", "notes", "n1");
    private static final DocumentRef IN_TWO = new DocumentRef("project-2", "notes", "n1");

    @Inject
    ChangeFeedPersistenceAdapter feed;

    @Test
    void a_page_of_the_feed_holds_the_changes_of_the_asked_scopes_in_log_order_with_their_documents() {
        long now = System.currentTimeMillis();
        Change one = increment(IN_ONE, new Hlc(now, 0));
        Change two = increment(IN_TWO, new Hlc(now, 1));
        Change oneAgain = increment(IN_ONE, new Hlc(now, 2));
        PostgresSyncNode node = node("peer-a");
        node.receive(one);
        node.receive(two);
        node.receive(oneAgain);

        FeedBatch page = feed.loadChanges(Set.of("project-1"), 0, feed.newestSeq(), 10);

        assertThat(page.changes()).extracting(c -> ((LoggedChange.Available) c).change()).containsExactly(one, oneAgain);
        assertThat(page.changes()).allSatisfy(c -> assertThat(((LoggedChange.Available) c).documents()).hasSize(1));
        assertThat(page.through()).isEqualTo(feed.newestSeq());
        assertThat(feed.loadChanges(Set.of("project-2", "project-3"), 0, feed.newestSeq(), 10).changes())
                .extracting(c -> ((LoggedChange.Available) c).change()).containsExactly(two);
    }

    private static Change increment(DocumentRef doc, Hlc hlc) {
        return remoteChange(Document.create(doc), B, hlc, Set.of(), d -> new Operation.IncrementCounter(doc, "n", 1));
    }
}
