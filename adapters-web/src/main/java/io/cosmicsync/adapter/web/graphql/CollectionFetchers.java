package io.cosmicsync.adapter.web.graphql;

import static io.cosmicsync.adapter.web.graphql.Arguments.field;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.cosmicsync.adapter.web.graphql.GraphqlViews.CollectionView;
import io.cosmicsync.adapter.web.graphql.GraphqlViews.ProjectView;
import io.cosmicsync.application.collection.port.in.ChangeCollectionSchemaCommand;
import io.cosmicsync.application.collection.port.in.ChangeCollectionSchemaUseCase;
import io.cosmicsync.application.collection.port.in.CollectionDefinition;
import io.cosmicsync.application.collection.port.in.DefineCollectionCommand;
import io.cosmicsync.application.collection.port.in.DefineCollectionUseCase;
import io.cosmicsync.application.collection.port.in.GetCollectionQuery;
import io.cosmicsync.application.collection.port.in.GetCollectionUseCase;
import io.cosmicsync.application.collection.port.in.ListCollectionsQuery;
import io.cosmicsync.application.collection.port.in.ListCollectionsUseCase;
import io.cosmicsync.domain.collection.Collection;
import io.cosmicsync.domain.project.ProjectId;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collections: {@code collection}, {@code Project.collections}, {@code Project.collection},
 * {@code defineCollection} and {@code changeCollectionSchema}, on the same use cases as
 * {@code /api/v1/projects/{id}/collections}: members read, owners and editors define and change.
 */
@Singleton
public class CollectionFetchers {

    private final DefineCollectionUseCase defineCollection;
    private final ChangeCollectionSchemaUseCase changeSchema;
    private final GetCollectionUseCase getCollection;
    private final ListCollectionsUseCase listCollections;
    private final JsonScalar json;

    /** Creates the fetchers over the collection use cases. */
    public CollectionFetchers(DefineCollectionUseCase defineCollection, ChangeCollectionSchemaUseCase changeSchema,
                              GetCollectionUseCase getCollection, ListCollectionsUseCase listCollections,
                              JsonScalar json) {
        this.defineCollection = defineCollection;
        this.changeSchema = changeSchema;
        this.getCollection = getCollection;
        this.listCollections = listCollections;
        this.json = json;
    }

    void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type.dataFetcher("collection",
                env -> collection(env, Arguments.projectId(env, "projectId"))));
        wiring.type("Project", type -> type
                .dataFetcher("collections", this::collectionsOfProject)
                .dataFetcher("collection", env -> collection(env, ProjectId.parse(env.<ProjectView>getSource().id()))));
        wiring.type("Mutation", type -> type
                .dataFetcher("defineCollection", this::define)
                .dataFetcher("changeCollectionSchema", this::change));
    }

    private CollectionView collection(DataFetchingEnvironment env, ProjectId projectId) {
        return view(GraphqlRefusal.valueOf(getCollection.getCollection(
                new GetCollectionQuery(GraphqlCaller.require(env), projectId, env.getArgument("name")))));
    }

    private List<CollectionView> collectionsOfProject(DataFetchingEnvironment env) {
        ProjectId projectId = ProjectId.parse(env.<ProjectView>getSource().id());
        return GraphqlRefusal.valueOf(listCollections.listCollections(
                new ListCollectionsQuery(GraphqlCaller.require(env), projectId))).stream().map(this::view).toList();
    }

    private CollectionView define(DataFetchingEnvironment env) {
        Map<String, Object> input = Arguments.input(env);
        return view(GraphqlRefusal.valueOf(defineCollection.defineCollection(new DefineCollectionCommand(
                GraphqlCaller.require(env), Arguments.projectId(env, "projectId"), field(input, "name"),
                definition(input, null)))));
    }

    private CollectionView change(DataFetchingEnvironment env) {
        Map<String, Object> input = Arguments.input(env);
        return view(GraphqlRefusal.valueOf(changeSchema.changeSchema(new ChangeCollectionSchemaCommand(
                GraphqlCaller.require(env), Arguments.projectId(env, "projectId"), env.getArgument("name"),
                definition(input, field(input, "migration"))))));
    }

    private CollectionDefinition definition(Map<String, Object> input, String migration) {
        List<Map<String, Object>> policies = field(input, "conflictPolicies");
        Map<String, String> byField = null;
        if (policies != null) {
            byField = new LinkedHashMap<>();
            for (Map<String, Object> policy : policies) {
                byField.put(field(policy, "field"), field(policy, "policy"));
            }
        }
        return new CollectionDefinition(json.text("schema", field(input, "schema")), field(input, "indexes"),
                byField, migration);
    }

    private CollectionView view(Collection collection) {
        return CollectionView.from(collection, json);
    }
}
