package io.cosmicsync.application.collection;

import io.cosmicsync.application.collection.port.out.DocumentIndexesPort;
import io.cosmicsync.application.collection.port.out.LoadCollectionPort;
import io.cosmicsync.application.collection.port.out.SaveCollectionPort;
import io.cosmicsync.domain.collection.Collection;
import io.cosmicsync.domain.collection.CollectionName;
import io.cosmicsync.domain.collection.FieldPath;
import io.cosmicsync.domain.collection.SchemaVersion;
import io.cosmicsync.domain.project.ProjectId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Collections in memory, with the store's rules: names unique per project, version numbers unique. */
final class InMemoryCollections implements LoadCollectionPort, SaveCollectionPort, DocumentIndexesPort {

    /** The document indexes that exist, as "name.field". */
    final java.util.Set<String> indexes = new java.util.TreeSet<>();

    private record Key(ProjectId projectId, CollectionName name) {
    }

    private final Map<Key, Collection> collections = new LinkedHashMap<>();
    private int writes;

    int writes() {
        return writes;
    }

    @Override
    public Optional<Collection> loadCollection(ProjectId projectId, CollectionName name) {
        return Optional.ofNullable(collections.get(new Key(projectId, name)));
    }

    @Override
    public List<Collection> loadCollections(ProjectId projectId) {
        return collections.values().stream().filter(c -> c.projectId().equals(projectId))
                .sorted(Comparator.comparing(c -> c.name().value())).toList();
    }

    @Override
    public boolean insertCollection(Collection collection) {
        writes++;
        return collections.putIfAbsent(new Key(collection.projectId(), collection.name()), collection) == null;
    }

    @Override
    public boolean appendVersion(ProjectId projectId, CollectionName name, SchemaVersion version) {
        writes++;
        Key key = new Key(projectId, name);
        Collection stored = collections.get(key);
        if (stored == null) {
            throw new IllegalStateException("no collection " + name);
        }
        if (stored.nextVersion() != version.version()) {
            return false;
        }
        collections.put(key, stored.withVersion(version));
        return true;
    }

    @Override
    public void createIndexes(ProjectId projectId, CollectionName name, List<FieldPath> fields) {
        fields.forEach(field -> indexes.add(name + "." + field));
    }

    @Override
    public void dropIndexes(ProjectId projectId, CollectionName name, List<FieldPath> fields) {
        fields.forEach(field -> indexes.remove(name + "." + field));
    }
}
