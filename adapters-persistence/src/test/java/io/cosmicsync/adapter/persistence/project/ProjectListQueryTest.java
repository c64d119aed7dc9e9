package io.cosmicsync.adapter.persistence.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.adapter.persistence.PostgresTest;
import io.cosmicsync.adapter.persistence.TestData;
import io.cosmicsync.application.project.ProjectCursor;
import io.cosmicsync.application.project.ProjectSort;
import io.cosmicsync.application.project.port.out.ListProjectsPort;
import io.cosmicsync.application.project.port.out.ListProjectsPort.Criteria;
import io.cosmicsync.application.project.member.port.out.SaveProjectMembersPort;
import io.cosmicsync.application.project.port.out.SaveProjectPort;
import io.cosmicsync.application.user.port.out.SaveUserPort;
import io.cosmicsync.domain.project.Project;
import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.project.ProjectMember;
import io.cosmicsync.domain.project.ProjectRole;
import io.cosmicsync.domain.user.UserId;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ProjectListQueryTest extends PostgresTest {

    private static final UserId ADA = UserId.random();
    private static final UserId BOB = UserId.random();

    @Inject
    ListProjectsPort listProjects;
    @Inject
    SaveProjectPort saveProject;
    @Inject
    SaveProjectMembersPort saveMembers;
    @Inject
    SaveUserPort saveUser;

    private UserId reader;
    private UserId outsider;

    @BeforeEach
    void users() {
        reader = insertUser("reader");
        outsider = insertUser("outsider");
    }

    private UserId insertUser(String name) {
        var user = TestData.user(name, name + "@example.org");
        saveUser.insertUser(user);
        return user.id();
    }

    /** Stores {@code project} with the reader as a member (in a role that varies) and an outsider's twin of it. */
    private void insert(Project project, int index) {
        saveProject.insertProject(project);
        saveMembers.insertMember(new ProjectMember(project.id(), reader, ProjectRole.values()[index % 3],
                project.createdAt()));
        Project twin = Project.create(project.name(), "", project.creatorId(), project.createdAt());
        saveProject.insertProject(twin);
        saveMembers.insertMember(new ProjectMember(twin.id(), outsider, ProjectRole.OWNER, twin.createdAt()));
    }

    /**
     * 50 projects of the reader's; names and creation times repeat so the id tie-break matters. Each has a
     * twin of the outsider's that the reader must never see.
     */
    private List<Project> insertFifty() {
        Instant start = TestData.now();
        List<Project> projects = IntStream.range(0, 50).mapToObj(i -> Project.create(
                "project " + (i % 17), "", i % 2 == 0 ? ADA : BOB, start.plusMillis(i % 10))).toList();
        IntStream.range(0, projects.size()).forEach(i -> insert(projects.get(i), i));
        return projects;
    }

    private List<Project> walk(UserId creator, String nameContains, ProjectSort sort, int pageSize) {
        List<Project> visited = new ArrayList<>();
        ProjectCursor cursor = null;
        while (true) {
            List<Project> page = listProjects.listProjects(
                    new Criteria(reader, creator, nameContains, sort, cursor, pageSize));
            visited.addAll(page);
            if (page.size() < pageSize) {
                return visited;
            }
            cursor = ProjectCursor.after(page.get(page.size() - 1), sort);
        }
    }

    private static List<ProjectId> ids(List<Project> projects) {
        return projects.stream().map(Project::id).toList();
    }

    @ParameterizedTest
    @EnumSource(ProjectSort.class)
    void pages_visit_every_project_exactly_once_in_the_order_of_one_long_list(ProjectSort sort) {
        List<Project> all = insertFifty();

        List<Project> paged = walk(null, null, sort, 7);

        List<Project> oneList = listProjects.listProjects(new Criteria(reader, null, null, sort, null, 1000));
        assertThat(ids(paged)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids(all));
        assertThat(ids(paged)).containsExactlyElementsOf(ids(oneList));
    }

    @Test
    void lists_projects_after_the_cursor_in_creation_order_with_the_id_breaking_ties() {
        insertFifty();

        List<Project> ascending = walk(null, null, ProjectSort.CREATED_AT_ASC, 4);
        List<Project> descending = walk(null, null, ProjectSort.CREATED_AT_DESC, 4);

        assertThat(ascending).extracting(Project::createdAt).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(descending).extracting(Project::createdAt).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(ids(descending)).containsExactlyElementsOf(reversed(ids(ascending)));
    }

    @Test
    void lists_projects_after_the_cursor_in_name_order() {
        insertFifty();

        List<Project> ascending = walk(null, null, ProjectSort.NAME_ASC, 5);
        List<Project> descending = walk(null, null, ProjectSort.NAME_DESC, 5);

        assertThat(ids(descending)).containsExactlyElementsOf(reversed(ids(ascending)));
        Project tenth = ascending.get(9);
        List<Project> afterTenth = listProjects.listProjects(new Criteria(reader, null, null, ProjectSort.NAME_ASC,
                ProjectCursor.after(tenth, ProjectSort.NAME_ASC), 3));
        assertThat(ids(afterTenth)).containsExactlyElementsOf(ids(ascending.subList(10, 13)));
    }

    @Test
    void lists_only_the_creators_projects_page_by_page() {
        List<Project> all = insertFifty();

        List<Project> adas = walk(ADA, null, ProjectSort.CREATED_AT_DESC, 6);

        assertThat(ids(adas)).containsExactlyInAnyOrderElementsOf(
                ids(all.stream().filter(p -> p.creatorId().equals(ADA)).toList()));
    }

    @Test
    void matches_the_name_text_literally_and_ignoring_case() {
        UserId creator = UserId.random();
        List<String> names = List.of("100% done", "1000 done", "a_b", "axb", "back\\slash", "backslash");
        for (int i = 0; i < names.size(); i++) {
            insert(Project.create(names.get(i), "", creator, TestData.now()), i);
        }

        assertThat(names("0%")).containsExactly("100% done");
        assertThat(names("A_B")).containsExactly("a_b");
        assertThat(names("\\")).containsExactly("back\\slash");
        assertThat(names("DONE")).containsExactlyInAnyOrder("1000 done", "100% done");
    }

    @Test
    void combines_creator_name_filter_and_cursor() {
        insertFifty();

        List<Project> matching = walk(BOB, "PROJECT 1", ProjectSort.NAME_DESC, 2);

        assertThat(matching).isNotEmpty().allSatisfy(p -> {
            assertThat(p.creatorId()).isEqualTo(BOB);
            assertThat(p.name()).startsWith("project 1");
        });
        assertThat(ids(matching)).doesNotHaveDuplicates();
    }

    @Test
    void lists_only_the_projects_the_member_belongs_to_in_any_role() {
        List<Project> all = insertFifty();

        List<Project> readers = walk(null, null, ProjectSort.CREATED_AT_ASC, 9);
        List<Project> outsiders = listProjects.listProjects(
                new Criteria(outsider, null, null, ProjectSort.CREATED_AT_ASC, null, 1000));

        assertThat(ids(readers)).containsExactlyInAnyOrderElementsOf(ids(all));
        assertThat(outsiders).hasSize(50);
        assertThat(ids(outsiders)).doesNotContainAnyElementsOf(ids(all));
        assertThat(listProjects.listProjects(new Criteria(UserId.random(), null, null, ProjectSort.NAME_ASC, null, 10)))
                .isEmpty();
    }

    private List<String> names(String nameContains) {
        return listProjects.listProjects(new Criteria(reader, null, nameContains, ProjectSort.NAME_DESC, null, 100))
                .stream().map(Project::name).toList();
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
