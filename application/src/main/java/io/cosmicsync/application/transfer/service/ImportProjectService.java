package io.cosmicsync.application.transfer.service;

import io.cosmicsync.application.collection.port.in.ChangeCollectionSchemaCommand;
import io.cosmicsync.application.collection.port.in.ChangeCollectionSchemaUseCase;
import io.cosmicsync.application.collection.port.in.CollectionDefinition;
import io.cosmicsync.application.collection.port.in.DefineCollectionCommand;
import io.cosmicsync.application.collection.port.in.DefineCollectionUseCase;
import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.project.port.in.CreateProjectCommand;
import io.cosmicsync.application.project.port.in.CreateProjectUseCase;
import io.cosmicsync.application.project.port.in.DeleteProjectCommand;
import io.cosmicsync.application.project.port.in.DeleteProjectUseCase;
import io.cosmicsync.application.sync.port.in.ApplyLocalMutationCommand;
import io.cosmicsync.application.sync.port.in.ApplyLocalMutationUseCase;
import io.cosmicsync.application.sync.port.in.LocalMutationResult;
import io.cosmicsync.application.sync.port.in.Mutation;
import io.cosmicsync.application.transfer.ArchivedCollection;
import io.cosmicsync.application.transfer.ImportedDocument;
import io.cosmicsync.application.transfer.port.in.ImportProjectCommand;
import io.cosmicsync.application.transfer.port.in.ImportProjectUseCase;
import io.cosmicsync.domain.collection.CollectionName;
import io.cosmicsync.domain.common.InvalidValueException;
import io.cosmicsync.domain.project.Project;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.Operation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Imports an archive as a new project through the project, collection and sync use cases (so access rules,
 * schema checks and replication apply as for any other write); see {@link ImportProjectUseCase}.
 */
public final class ImportProjectService implements ImportProjectUseCase {

    private final CreateProjectUseCase createProject;
    private final DeleteProjectUseCase deleteProject;
    private final DefineCollectionUseCase defineCollection;
    private final ChangeCollectionSchemaUseCase changeSchema;
    private final ApplyLocalMutationUseCase applyLocalMutation;

    public ImportProjectService(CreateProjectUseCase createProject, DeleteProjectUseCase deleteProject,
                                DefineCollectionUseCase defineCollection, ChangeCollectionSchemaUseCase changeSchema,
                                ApplyLocalMutationUseCase applyLocalMutation) {
        this.createProject = createProject;
        this.deleteProject = deleteProject;
        this.defineCollection = defineCollection;
        this.changeSchema = changeSchema;
        this.applyLocalMutation = applyLocalMutation;
    }

    @Override
    public Project importProject(ImportProjectCommand command) {
        ArchiveCheck.check(command);
        Project project = createProject.createProject(new CreateProjectCommand(command.actor(), command.name(), command.description()));
        try {
            for (int i = 0; i < command.collections().size(); i++) {
                define(command, project, i);
            }
            for (int i = 0; i < command.documents().size(); i++) {
                write(project, command.documents().get(i), i);
            }
            return project;
        } catch (RuntimeException e) {
            deleteProject.deleteProject(new DeleteProjectCommand(command.actor(), project.id()));
            throw e;
        }
    }

    private void define(ImportProjectCommand command, Project project, int index) {
        ArchivedCollection collection = command.collections().get(index);
        List<CollectionDefinition> versions = collection.versions();
        for (int v = 0; v < versions.size(); v++) {
            Outcome<?> outcome = v == 0
                    ? defineCollection.defineCollection(new DefineCollectionCommand(command.actor(), project.id(), collection.name(), versions.get(v)))
                    : changeSchema.changeSchema(new ChangeCollectionSchemaCommand(command.actor(), project.id(), collection.name(), versions.get(v)));
            if (!(outcome instanceof Outcome.Success<?>)) {
                throw new InvalidValueException("collections[" + index + "].versions[" + v + "]", "was refused: " + reason(outcome));
            }
        }
    }

    private static String reason(Outcome<?> refusal) {
        if (refusal instanceof Outcome.Conflict<?> conflict) {
            return conflict.field() + " " + conflict.reason();
        }
        if (refusal instanceof Outcome.Forbidden<?> forbidden) {
            return forbidden.reason();
        }
        return refusal instanceof Outcome.NotFound<?> notFound ? notFound.what() + " not found" : refusal.toString();
    }

    private void write(Project project, ImportedDocument document, int index) {
        if (document.fields().isEmpty()) {
            return;
        }
        List<Mutation> mutations = new TreeMap<>(document.fields()).entrySet().stream()
                .<Mutation>map(field -> new Mutation.SetField(field.getKey(), field.getValue())).toList();
        LocalMutationResult result = applyLocalMutation.applyLocalMutation(new ApplyLocalMutationCommand(
                new DocumentRef(project.id().toString(), document.collection(), document.id()), mutations));
        if (result instanceof LocalMutationResult.Refused refused) {
            throw new InvalidValueException("documents[" + index + "]", "was refused: " + refused.reason());
        }
    }

    /** Checks an archive completely before anything is written. */
    static final class ArchiveCheck {

        private static final String PLACEHOLDER_SCOPE = "00000000-0000-4000-8000-000000000000";

        private ArchiveCheck() {
        }

        static void check(ImportProjectCommand command) {
            Map<String, Integer> names = new TreeMap<>();
            for (int i = 0; i < command.collections().size(); i++) {
                ArchivedCollection collection = command.collections().get(i);
                String field = "collections[" + i + "]";
                try {
                    new CollectionName(collection.name());
                } catch (InvalidValueException e) {
                    throw new InvalidValueException(field + ".name", e.reason());
                }
                if (collection.versions().isEmpty()) {
                    throw new InvalidValueException(field + ".versions", "must hold at least one version");
                }
                if (names.put(collection.name(), i) != null) {
                    throw new InvalidValueException(field + ".name", "collection " + collection.name() + " appears twice");
                }
            }
            Map<String, Integer> seen = new TreeMap<>();
            for (int i = 0; i < command.documents().size(); i++) {
                ImportedDocument document = command.documents().get(i);
                String field = "documents[" + i + "]";
                try {
                    DocumentRef ref = new DocumentRef(PLACEHOLDER_SCOPE, document.collection(), document.id());
                    document.fields().forEach((name, value) -> new Operation.SetField(ref, name, value, Set.of()));
                } catch (InvalidValueException e) {
                    throw new InvalidValueException(field, e.reason());
                } catch (RuntimeException e) {
                    throw new InvalidValueException(field, String.valueOf(e.getMessage()));
                }
                if (document.collection().startsWith(ExportProjectService.RESERVED_PREFIX)) {
                    throw new InvalidValueException(field + ".collection", "collection names starting with _ are reserved for the node");
                }
                if (seen.put(document.collection() + "/" + document.id(), i) != null) {
                    throw new InvalidValueException(field + ".id", "document " + document.collection() + "/" + document.id() + " appears twice");
                }
            }
        }
    }
}
