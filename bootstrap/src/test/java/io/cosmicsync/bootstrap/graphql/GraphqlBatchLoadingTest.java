package io.cosmicsync.bootstrap.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.application.project.access.ProjectAccessPolicy;
import io.cosmicsync.application.project.member.port.in.ListMembersOfProjectsUseCase;
import io.cosmicsync.application.project.member.port.out.LoadProjectMembersPort;
import io.cosmicsync.application.project.member.service.ListMembersOfProjectsService;
import io.cosmicsync.application.user.port.in.GetUsersUseCase;
import io.cosmicsync.application.user.port.out.LoadUserPort;
import io.cosmicsync.application.user.service.GetUsersService;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Relations are loaded in batches: the members of every listed project come from one use-case call, and
 * the users of all those members from one more, however many projects and members there are.
 */
@MicronautTest(transactional = false)
class GraphqlBatchLoadingTest extends GraphqlTestSupport {

    private final List<Integer> userBatches = Collections.synchronizedList(new ArrayList<>());
    private final List<Integer> memberBatches = Collections.synchronizedList(new ArrayList<>());

    @MockBean(GetUsersUseCase.class)
    GetUsersUseCase countingGetUsers(LoadUserPort loadUser) {
        GetUsersUseCase real = new GetUsersService(loadUser);
        return ids -> {
            userBatches.add(ids.size());
            return real.getUsers(ids);
        };
    }

    @MockBean(ListMembersOfProjectsUseCase.class)
    ListMembersOfProjectsUseCase countingListMembers(ProjectAccessPolicy policy, LoadProjectMembersPort loadMembers) {
        ListMembersOfProjectsUseCase real = new ListMembersOfProjectsService(policy, loadMembers);
        return query -> {
            memberBatches.add(query.projectIds().size());
            return real.listMembersOfProjects(query);
        };
    }

    @Test
    void the_members_and_users_of_ten_projects_take_one_call_each() {
        Caller ada = newCaller("ada");
        List<Caller> others = List.of(newCaller("m1"), newCaller("m2"), newCaller("m3"));
        for (int i = 0; i < 10; i++) {
            String project = createProject(ada, "Batch " + i);
            addMember(ada, project, others.get(i % 3), "VIEWER");
        }
        userBatches.clear();
        memberBatches.clear();

        Result page = graphql(ada, "{ projects(limit: 10, nameContains: \"Batch\") { items { name creator { username } members { role user { username profile { name } } } } } }");

        assertThat(page.errors()).as(page.body()).isEmpty();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.map("projects").get("items");
        assertThat(items).hasSize(10);
        assertThat(memberBatches).containsExactly(10);
        assertThat(userBatches).as("one batch of the creator and the three members").containsExactly(4);
    }
}
