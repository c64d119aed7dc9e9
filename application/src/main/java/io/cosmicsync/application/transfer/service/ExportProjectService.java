package io.cosmicsync.application.transfer.service;

import io.cosmicsync.application.collection.port.in.CollectionDefinition;
import io.cosmicsync.application.collection.port.out.LoadCollectionPort;
import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.project.access.AccessDecision;
import io.cosmicsync.application.project.access.ProjectAccessPolicy;
import io.cosmicsync.application.project.port.out.LoadProjectPort;
import io.cosmicsync.application.transfer.ArchivedCollection;
import io.cosmicsync.application.transfer.ArchivedDocument;
import io.cosmicsync.application.transfer.ProjectArchive;
import io.cosmicsync.application.transfer.port.in.ExportProjectQuery;
import io.cosmicsync.application.transfer.port.in.ExportProjectUseCase;
import io.cosmicsync.application.transfer.port.out.LoadProjectDocumentsPort;
import io.cosmicsync.domain.collection.Collection;
import io.cosmicsync.domain.collection.FieldPath;
import io.cosmicsync.domain.collection.SchemaVersion;
import io.cosmicsync.domain.project.Project;
import io.cosmicsync.domain.project.ProjectAction;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Exports a project for any of its members. */
public final class ExportProjectService implements ExportProjectUseCase {

    /**
     * Collections whose names start with this are the node's own records kept in the project's scope (the
     * project, its members, its collection definitions: {@code DirectoryDocuments}); they are exported as
     * the project and its collections, not as documents.
     */
    static final String RESERVED_PREFIX = "_";

    private final ProjectAccessPolicy policy;
    private final LoadProjectPort loadProject;
    private final LoadCollectionPort loadCollections;
    private final LoadProjectDocumentsPort loadDocuments;

    public ExportProjectService(ProjectAccessPolicy policy, LoadProjectPort loadProject, LoadCollectionPort loadCollections,
                                LoadProjectDocumentsPort loadDocuments) {
        this.policy = policy;
        this.loadProject = loadProject;
        this.loadCollections = loadCollections;
        this.loadDocuments = loadDocuments;
    }

    @Override
    public Outcome<ProjectArchive> exportProject(ExportProjectQuery query) {
        AccessDecision access = policy.decide(query.actor(), query.projectId(), ProjectAction.READ);
        if (!access.allowed()) {
            return access.refusal();
        }
        Project project = loadProject.loadProject(query.projectId()).orElse(null);
        if (project == null) {
            return Outcome.notFound("project " + query.projectId());
        }
        List<ArchivedCollection> collections = loadCollections.loadCollections(query.projectId()).stream()
                .sorted(Comparator.comparing(c -> c.name().value()))
                .map(ExportProjectService::archived).toList();
        List<ArchivedDocument> documents = loadDocuments.loadDocuments(query.projectId().toString()).stream()
                .filter(document -> !document.collection().startsWith(RESERVED_PREFIX)).toList();
        return Outcome.success(new ProjectArchive(project.name(), project.description(), collections, documents));
    }

    private static ArchivedCollection archived(Collection collection) {
        return new ArchivedCollection(collection.name().value(), collection.versions().stream()
                .sorted(Comparator.comparingInt(SchemaVersion::version)).map(ExportProjectService::definition).toList());
    }

    private static CollectionDefinition definition(SchemaVersion version) {
        Map<String, String> policies = new TreeMap<>();
        version.conflictPolicies().forEach((field, resolver) -> policies.put(field.value(), SchemaVersion.token(resolver)));
        return new CollectionDefinition(version.schema(), version.indexes().stream().map(FieldPath::value).toList(), policies,
                version.migration());
    }
}
