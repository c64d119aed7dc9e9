package io.cosmicsync.adapter.web.graphql;

import static io.cosmicsync.adapter.web.graphql.Arguments.field;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.cosmicsync.adapter.web.graphql.GraphqlViews.MemberView;
import io.cosmicsync.adapter.web.graphql.GraphqlViews.ProjectPageView;
import io.cosmicsync.adapter.web.graphql.GraphqlViews.ProjectView;
import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.project.member.port.in.AddProjectMemberCommand;
import io.cosmicsync.application.project.member.port.in.AddProjectMemberUseCase;
import io.cosmicsync.application.project.member.port.in.ChangeMemberRoleCommand;
import io.cosmicsync.application.project.member.port.in.ChangeMemberRoleUseCase;
import io.cosmicsync.application.project.member.port.in.RemoveProjectMemberCommand;
import io.cosmicsync.application.project.member.port.in.RemoveProjectMemberUseCase;
import io.cosmicsync.application.project.port.in.CreateProjectCommand;
import io.cosmicsync.application.project.port.in.CreateProjectUseCase;
import io.cosmicsync.application.project.port.in.DeleteProjectCommand;
import io.cosmicsync.application.project.port.in.DeleteProjectUseCase;
import io.cosmicsync.application.project.port.in.GetProjectQuery;
import io.cosmicsync.application.project.port.in.GetProjectUseCase;
import io.cosmicsync.application.project.port.in.ListProjectsQuery;
import io.cosmicsync.application.project.port.in.ListProjectsUseCase;
import io.cosmicsync.application.project.port.in.UpdateProjectCommand;
import io.cosmicsync.application.project.port.in.UpdateProjectUseCase;
import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.project.ProjectMember;
import io.cosmicsync.domain.user.UserId;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Projects and their members: {@code project}, {@code projects}, the project and member mutations, and the
 * batched {@code Project.members}, {@code Project.creator} and {@code Member.user}. Same use cases as
 * {@code /api/v1/projects}, so the project access policy decides: any member reads, owners and editors
 * change, owners manage members and delete; to a non-member a project does not exist ({@code NOT_FOUND}).
 */
@Singleton
public class ProjectFetchers {

    private final CreateProjectUseCase createProject;
    private final GetProjectUseCase getProject;
    private final ListProjectsUseCase listProjects;
    private final UpdateProjectUseCase updateProject;
    private final DeleteProjectUseCase deleteProject;
    private final AddProjectMemberUseCase addMember;
    private final ChangeMemberRoleUseCase changeRole;
    private final RemoveProjectMemberUseCase removeMember;

    /** Creates the fetchers over the project and membership use cases. */
    public ProjectFetchers(CreateProjectUseCase createProject, GetProjectUseCase getProject,
                           ListProjectsUseCase listProjects, UpdateProjectUseCase updateProject,
                           DeleteProjectUseCase deleteProject, AddProjectMemberUseCase addMember,
                           ChangeMemberRoleUseCase changeRole, RemoveProjectMemberUseCase removeMember) {
        this.createProject = createProject;
        this.getProject = getProject;
        this.listProjects = listProjects;
        this.updateProject = updateProject;
        this.deleteProject = deleteProject;
        this.addMember = addMember;
        this.changeRole = changeRole;
        this.removeMember = removeMember;
    }

    void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                .dataFetcher("project", env -> ProjectView.from(GraphqlRefusal.valueOf(getProject.getProject(
                        new GetProjectQuery(GraphqlCaller.require(env), Arguments.projectId(env, "id"))))))
                .dataFetcher("projects", this::listProjects));
        wiring.type("Mutation", type -> type
                .dataFetcher("createProject", env -> {
                    Map<String, Object> input = Arguments.input(env);
                    return ProjectView.from(createProject.createProject(new CreateProjectCommand(
                            GraphqlCaller.require(env), field(input, "name"), field(input, "description"))));
                })
                .dataFetcher("updateProject", env -> {
                    Map<String, Object> input = Arguments.input(env);
                    return ProjectView.from(GraphqlRefusal.valueOf(updateProject.updateProject(new UpdateProjectCommand(
                            GraphqlCaller.require(env), Arguments.projectId(env, "id"), field(input, "name"),
                            field(input, "description")))));
                })
                .dataFetcher("deleteProject", env -> GraphqlRefusal.valueOf(deleteProject.deleteProject(
                        new DeleteProjectCommand(GraphqlCaller.require(env), Arguments.projectId(env, "id")))).toString())
                .dataFetcher("addMember", env -> member(addMember.addMember(new AddProjectMemberCommand(
                        GraphqlCaller.require(env), Arguments.projectId(env, "projectId"),
                        Arguments.userId(env, "userId"), Arguments.role(env)))))
                .dataFetcher("changeMemberRole", env -> member(changeRole.changeRole(new ChangeMemberRoleCommand(
                        GraphqlCaller.require(env), Arguments.projectId(env, "projectId"),
                        Arguments.userId(env, "userId"), Arguments.role(env)))))
                .dataFetcher("removeMember", env -> member(removeMember.removeMember(new RemoveProjectMemberCommand(
                        GraphqlCaller.require(env), Arguments.projectId(env, "projectId"),
                        Arguments.userId(env, "userId"))))));
        wiring.type("Project", type -> type
                .dataFetcher("members", ProjectFetchers::membersOfProject)
                .dataFetcher("creator", env -> UserFetchers.loadUser(env,
                        UserId.parse(env.<ProjectView>getSource().creatorId()))));
        wiring.type("Member", type -> type.dataFetcher("user", env -> UserFetchers.loadUser(env,
                UserId.parse(env.<MemberView>getSource().userId()))));
    }

    private ProjectPageView listProjects(DataFetchingEnvironment env) {
        String sort = env.getArgument("sort");
        return ProjectPageView.from(listProjects.listProjects(new ListProjectsQuery(GraphqlCaller.require(env),
                env.getArgument("creator"), env.getArgument("nameContains"), sortToken(sort),
                env.getArgument("cursor"), env.getArgument("limit"))));
    }

    /** The REST spelling of the schema's {@code ProjectSort}. */
    private static String sortToken(String sort) {
        if (sort == null) {
            return null;
        }
        return switch (sort) {
            case "CREATED_AT" -> "created_at";
            case "NAME" -> "name";
            case "NAME_DESC" -> "-name";
            default -> "-created_at";
        };
    }

    private static MemberView member(Outcome<ProjectMember> outcome) {
        return MemberView.from(GraphqlRefusal.valueOf(outcome));
    }

    private static CompletableFuture<List<MemberView>> membersOfProject(DataFetchingEnvironment env) {
        GraphqlCaller.require(env);
        ProjectId id = ProjectId.parse(env.<ProjectView>getSource().id());
        return env.<ProjectId, Outcome<List<ProjectMember>>>getDataLoader(BatchLoaders.MEMBERS).load(id)
                .thenApply(outcome -> GraphqlRefusal.valueOf(outcome).stream().map(MemberView::from).toList());
    }
}
