package io.cosmicsync.adapter.persistence.sync;

import io.cosmicsync.adapter.persistence.collection.StoredConflictPolicies;
import io.cosmicsync.application.sync.port.out.LoadConflictPolicyPort;
import io.cosmicsync.domain.sync.ConflictPolicy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * {@link LoadConflictPolicyPort}: the policy a project's collection definition stores (scope = project id,
 * see {@link StoredConflictPolicies}) wins; otherwise policies registered in memory: per scope and
 * collection, then per collection (every scope); {@link ConflictPolicy#lastWriterWins()} for the rest.
 *
 * <p>Registrations live in memory only and must be made again at every start (by the wiring or by a
 * test); keep them the same on every node. The materialized JSON of a document ({@code sync_documents.data})
 * is computed with the policy in force when the document was last saved: a new schema version or
 * registration does not rewrite it (reads through ReadDocumentUseCase do use the new policy).
 */
@Singleton
public final class ConflictPolicyRegistry implements LoadConflictPolicyPort {

    private final Map<String, ConflictPolicy> byCollection = new ConcurrentHashMap<>();
    private final Map<String, ConflictPolicy> byScopeAndCollection = new ConcurrentHashMap<>();
    private final BiFunction<String, String, Optional<ConflictPolicy>> stored;

    /** Registrations only, no stored definitions (for tests of the sync store alone). */
    public ConflictPolicyRegistry() {
        this.stored = (scope, collection) -> Optional.empty();
    }

    /** Stored collection definitions first, then registrations. */
    @Inject
    public ConflictPolicyRegistry(StoredConflictPolicies stored) {
        this.stored = stored::find;
    }

    @Override
    public ConflictPolicy loadConflictPolicy(String scope, String collection) {
        Optional<ConflictPolicy> defined = stored.apply(scope, collection);
        if (defined.isPresent()) {
            return defined.get();
        }
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
