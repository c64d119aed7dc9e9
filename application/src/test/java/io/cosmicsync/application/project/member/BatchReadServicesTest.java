package io.cosmicsync.application.project.member;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.common.fakes.FakeTransactions;
import io.cosmicsync.application.common.fakes.InMemoryStore;
import io.cosmicsync.application.common.fakes.MutableClock;
import io.cosmicsync.application.project.access.ProjectAccessPolicy;
import io.cosmicsync.application.project.member.port.in.ListMembersOfProjectsQuery;
import io.cosmicsync.application.project.member.port.in.ListProjectMembersQuery;
import io.cosmicsync.application.project.member.service.ListMembersOfProjectsService;
import io.cosmicsync.application.project.member.service.ListProjectMembersService;
import io.cosmicsync.application.project.port.in.CreateProjectCommand;
import io.cosmicsync.application.project.service.CreateProjectService;
import io.cosmicsync.application.user.UserFixtures;
import io.cosmicsync.application.user.service.GetUsersService;
import io.cosmicsync.domain.project.Project;
import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.project.ProjectMember;
import io.cosmicsync.domain.project.ProjectRole;
import io.cosmicsync.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The batch reads answer exactly what the one-at-a-time use cases answer, decided by the same policy. */
class BatchReadServicesTest {

    private static final Instant T0 = Instant.parse("2026-04-01T09:00:00Z");

    private final InMemoryStore store = new InMemoryStore();
    private final MutableClock clock = new MutableClock(T0);
    private final FakeTransactions transactions = new FakeTransactions(store);
    private final ProjectAccessPolicy policy = new ProjectAccessPolicy(store);
    private final ListMembersOfProjectsService batch = new ListMembersOfProjectsService(policy, store);
    private final ListProjectMembersService single = new ListProjectMembersService(policy, store);

    private final UserId ada = user("ada");
    private final UserId vic = user("vic");
    private final Project adas = project(ada, "Ada's");
    private final Project vics = project(vic, "Vic's");

    private UserId user(String name) {
        return UserFixtures.register(store, clock, name, "correct horse battery").id();
    }

    private Project project(UserId creator, String name) {
        return new CreateProjectService(store, store, transactions, clock)
                .createProject(new CreateProjectCommand(creator, name, ""));
    }

    @Test
    void each_project_gets_the_outcome_the_single_use_case_gives_it() {
        store.insertMember(new ProjectMember(adas.id(), vic, ProjectRole.VIEWER, T0));
        ProjectId missing = ProjectId.random();

        Map<ProjectId, Outcome<List<ProjectMember>>> forVic = batch.listMembersOfProjects(
                new ListMembersOfProjectsQuery(vic, Set.of(adas.id(), vics.id(), missing)));
        Map<ProjectId, Outcome<List<ProjectMember>>> forAda = batch.listMembersOfProjects(
                new ListMembersOfProjectsQuery(ada, Set.of(adas.id(), vics.id())));

        assertThat(forVic).containsOnlyKeys(adas.id(), vics.id(), missing);
        for (ProjectId id : List.of(adas.id(), vics.id(), missing)) {
            assertThat(forVic.get(id)).isEqualTo(single.listMembers(new ListProjectMembersQuery(vic, id)));
        }
        assertThat(forVic.get(adas.id())).isInstanceOf(Outcome.Success.class);
        assertThat(forAda.get(vics.id())).isInstanceOf(Outcome.NotFound.class);
        assertThat(forAda.get(adas.id())).isEqualTo(single.listMembers(new ListProjectMembersQuery(ada, adas.id())));
    }

    @Test
    void users_are_read_by_id_and_unknown_ids_are_left_out() {
        UserId unknown = new UserId(java.util.UUID.randomUUID());

        var users = new GetUsersService(store).getUsers(Set.of(ada, vic, unknown));

        assertThat(users).containsOnlyKeys(ada, vic);
        assertThat(users.get(ada).id()).isEqualTo(ada);
    }
}
