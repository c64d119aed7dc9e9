package io.cosmicsync.adapter.web.graphql;

import io.cosmicsync.application.sync.port.out.ChangesCommittedPort;
import io.cosmicsync.application.sync.port.out.ChangesCommittedPort.CommittedChanges;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.Operation;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Hears every committed change ({@link ChangesCommittedPort}: local mutations and changes from peers) and
 * passes it on, one {@link DocumentChangeView} per document a change touched, to the node's live GraphQL
 * subscribers. {@link #changesCommitted} only hands events to the subscribers' buffers and returns, so the
 * committing thread never waits for a slow client; each subscriber filters and is served on its own.
 *
 * <p>Only app documents are passed on: collections whose name starts with {@code _} are reserved for the
 * node's replicated directory (projects, memberships, collection definitions, accounts) and stay internal.
 */
@Singleton
public class ChangeFeed implements ChangesCommittedPort {

    /** Collections of the node's own directory documents start with this; app collections cannot. */
    static final String RESERVED_PREFIX = "_";

    private final Sinks.Many<DocumentChangeView> sink = Sinks.many().multicast().directBestEffort();

    @Override
    public void changesCommitted(CommittedChanges committed) {
        if (sink.currentSubscriberCount() == 0) {
            return; // nobody to tell, and the sink keeps nothing for later subscribers: no views to make
        }
        String origin = committed.origin().name();
        synchronized (sink) {
            for (Change change : committed.changes()) {
                for (DocumentChangeView view : views(change, origin)) {
                    sink.tryEmitNext(view);
                }
            }
        }
    }

    /** Every document change from now on, unfiltered; subscribers filter and buffer. */
    Flux<DocumentChangeView> changes() {
        return sink.asFlux();
    }

    private static List<DocumentChangeView> views(Change change, String origin) {
        Map<DocumentRef, Set<String>> fields = new LinkedHashMap<>();
        Set<DocumentRef> deleted = new LinkedHashSet<>();
        for (Operation operation : change.operations()) {
            if (operation.document().collection().startsWith(RESERVED_PREFIX)) {
                continue;
            }
            Set<String> touched = fields.computeIfAbsent(operation.document(), ref -> new LinkedHashSet<>());
            if (operation instanceof Operation.DeleteDocument) {
                deleted.add(operation.document());
            } else {
                touched.add(field(operation));
            }
        }
        return fields.entrySet().stream().map(entry -> new DocumentChangeView(entry.getKey().scope(),
                entry.getKey().collection(), entry.getKey().id(), change.id().hex(), change.author().value(), origin,
                List.copyOf(entry.getValue()), deleted.contains(entry.getKey()))).toList();
    }

    private static String field(Operation operation) {
        if (operation instanceof Operation.SetField set) {
            return set.field();
        } else if (operation instanceof Operation.RemoveField remove) {
            return remove.field();
        } else if (operation instanceof Operation.IncrementCounter increment) {
            return increment.field();
        } else if (operation instanceof Operation.InsertText insert) {
            return insert.field();
        } else if (operation instanceof Operation.DeleteText delete) {
            return delete.field();
        } else if (operation instanceof Operation.InsertListItems insert) {
            return insert.field();
        } else if (operation instanceof Operation.DeleteListItems delete) {
            return delete.field();
        }
        throw new IllegalArgumentException("unknown operation " + operation.getClass().getSimpleName());
    }

    /**
     * {@code DocumentChange}: one committed change as it touched one document.
     *
     * @param projectId  the document's scope: its project's id
     * @param collection the document's collection
     * @param documentId the document's id in its collection
     * @param changeId   the change's id (hex of its SHA-256)
     * @param author     the peer id of the node that made the change
     * @param origin     {@code LOCAL} or {@code REMOTE}
     * @param fields     the fields the change wrote, in order of first write
     * @param deleted    whether the change deleted the document
     */
    public record DocumentChangeView(String projectId, String collection, String documentId, String changeId,
                                     String author, String origin, List<String> fields, boolean deleted) {
    }
}
