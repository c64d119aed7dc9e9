package io.cosmicsync.application.replication;

import io.cosmicsync.application.collection.port.out.DocumentIndexesPort;
import io.cosmicsync.application.collection.port.out.LoadCollectionPort;
import io.cosmicsync.application.collection.port.out.SaveCollectionPort;
import io.cosmicsync.domain.collection.Collection;
import io.cosmicsync.domain.collection.CollectionName;
import io.cosmicsync.domain.collection.SchemaVersion;
import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.DocumentView;
import io.cosmicsync.domain.sync.Resolution;
import io.cosmicsync.domain.sync.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Brings a replicated collection definition ({@link DirectoryDocuments#collectionRef}) into this node's
 * collection tables: a collection it lacks is created with every version; one it has gets the versions
 * it lacks, in order. A version number this node already holds keeps its local definition (two nodes
 * that add the same version number concurrently keep their own; logged). Indexes of each new current
 * version are created.
 */
public final class CollectionProjection {
    private static final System.Logger LOG = System.getLogger(CollectionProjection.class.getName());

    private final LoadCollectionPort loadCollection;
    private final SaveCollectionPort saveCollection;
    private final DocumentIndexesPort indexes;

    public CollectionProjection(LoadCollectionPort loadCollection, SaveCollectionPort saveCollection, DocumentIndexesPort indexes) {
        this.loadCollection = loadCollection;
        this.saveCollection = saveCollection;
        this.indexes = indexes;
    }

    void project(DocumentRef ref, DocumentView view) {
        ProjectId project = new ProjectId(UUID.fromString(ref.scope()));
        CollectionName name = new CollectionName(ref.id());
        List<SchemaVersion> versions = versionsOf(view);
        if (versions.isEmpty()) {
            return;
        }
        Optional<Collection> local = loadCollection.loadCollection(project, name);
        if (local.isEmpty()) {
            if (saveCollection.insertCollection(Collection.reconstitute(project, name, versions))) {
                indexes.createIndexes(project, name, versions.get(versions.size() - 1).indexes());
            }
            return;
        }
        int have = local.get().versions().size();
        for (SchemaVersion version : versions) {
            if (version.version() == have + 1 && saveCollection.appendVersion(project, name, version)) {
                indexes.createIndexes(project, name, version.indexes());
                have++;
            } else if (version.version() > have + 1) {
                LOG.log(System.Logger.Level.WARNING, "collection {0}: version {1} arrived without version {2}", ref, version.version(), have + 1);
                return;
            }
        }
    }

    private static List<SchemaVersion> versionsOf(DocumentView view) {
        List<SchemaVersion> versions = new ArrayList<>();
        for (Map.Entry<String, Resolution> field : view.fields().entrySet()) {
            if (field.getKey().startsWith(DirectoryDocuments.VERSION_PREFIX)
                    && field.getValue() instanceof Resolution.Resolved resolved && resolved.value() instanceof Value.MapValue map) {
                int number = Integer.parseInt(field.getKey().substring(DirectoryDocuments.VERSION_PREFIX.length()));
                versions.add(DirectoryDocuments.versionFrom(number, map));
            }
        }
        versions.sort(Comparator.comparingInt(SchemaVersion::version));
        return versions;
    }
}
