package io.cosmicsync.adapter.persistence.sync;

import io.cosmicsync.application.sync.port.out.LoadConflictPolicyPort;
import io.cosmicsync.domain.sync.ConflictPolicy;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link LoadConflictPolicyPort} from policies registered in memory: per collection (every scope), or
 * per scope and collection (which wins); {@link ConflictPolicy#lastWriterWins()} for the rest.
 *
 * <p>For now policies live in memory only and must be registered again at every start (by the wiring or
 * by a test). Issue 5 stores them with the collection schemas, so that every replica of a scope resolves
 * alike; until then, keep registrations the same on every node. The materialized JSON of a document
 * ({@code sync_documents.data}) is computed with the policy in force when the document was last saved:
 * registering a different policy later does not rewrite it (reads through ReadDocumentUseCase do use the
 * new policy).
 */
@Singleton
public final class ConflictPolicyRegistry implements LoadConflictPolicyPort {

    private final Map<String, ConflictPolicy> byCollection = new ConcurrentHashMap<>();
    private final Map<String, ConflictPolicy> byScopeAndCollection = new ConcurrentHashMap<>();

    @Override
    public ConflictPolicy loadConflictPolicy(String scope, String collection) {
        ConflictPolicy specific = byScopeAndCollection.get(key(scope, collection));
        return specific != null ? specific : byCollection.getOrDefault(collection, ConflictPolicy.lastWriterWins());
    }

    /** Uses {@code policy} for {@code collection} in every scope without a policy of its own. */
    public void register(String collection, ConflictPolicy policy) {
        byCollection.put(requireName(collection), requirePolicy(policy));
    }

    /** Uses {@code policy} for {@code collection} in {@code scope}. */
    public void register(String scope, String collection, ConflictPolicy policy) {
        byScopeAndCollection.put(key(requireName(scope), requireName(collection)), requirePolicy(policy));
    }

    private static String key(String scope, String collection) {
        return scope.length() + ":" + scope + "/" + collection;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a scope or collection name must be non-blank");
        }
        return name;
    }

    private static ConflictPolicy requirePolicy(ConflictPolicy policy) {
        if (policy == null) {
            throw new IllegalArgumentException("a policy is required");
        }
        return policy;
    }
}
