package io.cosmicsync.adapter.persistence.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.adapter.persistence.PostgresTest;
import io.cosmicsync.adapter.persistence.TestData;
import io.cosmicsync.application.project.ProjectCursor;
import io.cosmicsync.application.project.ProjectSort;
import io.cosmicsync.application.project.port.out.ListProjectsPort;
import io.cosmicsync.application.project.port.out.ListProjectsPort.Criteria;
import io.cosmicsync.application.project.port.out.SaveProjectPort;
import io.cosmicsync.domain.project.Project;
import io.cosmicsync.domain.project.ProjectId;
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
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ProjectListQueryTest extends PostgresTest {

    private static final UserId ADA = UserId.random();
    private static final UserId BOB = UserId.random();

    @Inject
    ListProjectsPort listProjects;
    @Inject
    SaveProjectPort saveProject;

    /** 50 projects; names and creation times repeat so the id tie-break matters. */
    private List<Project> insertFifty() {
        Instant start = TestData.now();
        List<Project> projects = IntStream.range(0, 50).mapToObj(i -> Project.create(
                "project " + (i % 17), "", i % 2 == 0 ? ADA : BOB, start.plusMillis(i % 10))).toList();
        projects.forEach(saveProject::insertProject);
        return projects;
    }

    private List<Project> walk(UserId creator, String nameContains, ProjectSort sort, int pageSize) {
        List<Project> visited = new ArrayList<>();
        ProjectCursor cursor = null;
        while (true) {
            List<Project> page = listProjects.listProjects(new Criteria(creator, nameContains, sort, cursor, pageSize));
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

        List<Project> oneList = listProjects.listProjects(new Criteria(null, null, sort, null, 1000));
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
        List<Project> afterTenth = listProjects.listProjects(new Criteria(null, null, ProjectSort.NAME_ASC,
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
        for (String name : List.of("100% done", "1000 done", "a_b", "axb", "back\\slash", "backslash")) {
            saveProject.insertProject(Project.create(name, "", creator, TestData.now()));
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

    private List<String> names(String nameContains) {
        return listProjects.listProjects(new Criteria(null, nameContains, ProjectSort.NAME_DESC, null, 100))
                .stream().map(Project::name).toList();
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
