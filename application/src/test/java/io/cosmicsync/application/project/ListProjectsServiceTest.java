package io.cosmicsync.application.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.application.common.fakes.InMemoryStore;
import io.cosmicsync.application.common.fakes.MutableClock;
import io.cosmicsync.application.project.port.in.ListProjectsQuery;
import io.cosmicsync.application.project.port.out.ListProjectsPort;
import io.cosmicsync.application.project.service.ListProjectsService;
import io.cosmicsync.application.user.UserFixtures;
import io.cosmicsync.domain.common.InvalidValueException;
import io.cosmicsync.domain.project.Project;
import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.project.ProjectMember;
import io.cosmicsync.domain.project.ProjectRole;
import io.cosmicsync.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ListProjectsServiceTest {

    private static final Instant T0 = Instant.parse("2026-06-01T00:00:00Z");
    private static final UserId ADA = UserId.random();
    private static final UserId BOB = UserId.random();
    private static final List<String> NAMES = List.of("Alpha", "beta", "Gamma", "delta\nline", "Épsilon", "zeta 😀",
            "alpha");

    private final InMemoryStore store = new InMemoryStore();
    private final ListProjectsService service = new ListProjectsService(store);
    private final UserId reader = UserFixtures.register(store, MutableClock.at("2026-05-01T00:00:00Z"), "reader",
            "correct horse battery").id();
    private final List<Project> all = new ArrayList<>();

    /**
     * Projects the reader is a member of, in every role, with repeated names and repeated creation times so
     * the id tie-break matters; and as many projects the reader is no member of, which must never be listed.
     */
    private void seed(int count) {
        Random random = new Random(42);
        for (int i = 0; i < count; i++) {
            Instant at = T0.plus(Duration.ofMinutes(random.nextInt(8)));
            Project p = Project.reconstitute(ProjectId.random(), NAMES.get(random.nextInt(NAMES.size())), "",
                    i % 3 == 0 ? BOB : ADA, at, at);
            store.insertProject(p);
            store.insertMember(new ProjectMember(p.id(), reader, ProjectRole.values()[i % 3], at));
            all.add(p);
            store.insertProject(Project.reconstitute(ProjectId.random(), p.name(), "", p.creatorId(), at, at));
        }
    }

    private static Comparator<Project> order(ProjectSort sort) {
        Comparator<Project> byId = Comparator.comparing(p -> p.id().toString());
        Comparator<Project> ascending = switch (sort) {
            case NAME_ASC, NAME_DESC -> Comparator.comparing(Project::name).thenComparing(byId);
            case CREATED_AT_ASC, CREATED_AT_DESC -> Comparator.comparing(Project::createdAt).thenComparing(byId);
        };
        return sort.descending() ? ascending.reversed() : ascending;
    }

    private ProjectPage list(String creator, String nameContains, String sort, String cursor, Integer limit) {
        return service.listProjects(new ListProjectsQuery(reader, creator, nameContains, sort, cursor, limit));
    }

    private static void assertRefused(Runnable r, String field) {
        assertThatThrownBy(r::run)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @ParameterizedTest
    @EnumSource(ProjectSort.class)
    void paging_through_57_projects_by_10_visits_each_once_in_order(ProjectSort sort) {
        seed(57);
        List<Project> visited = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String cursor = null;
        do {
            ProjectPage page = list(null, null, sort.token(), cursor, 10);
            visited.addAll(page.items());
            pageSizes.add(page.items().size());
            cursor = page.next().map(ProjectCursor::encode).orElse(null);
        } while (cursor != null && pageSizes.size() < 20);

        assertThat(pageSizes).containsExactly(10, 10, 10, 10, 10, 7);
        assertThat(visited).containsExactlyElementsOf(all.stream().sorted(order(sort)).toList());
    }

    @Test
    void the_last_page_has_no_next_even_when_it_is_full() {
        seed(20);
        ProjectPage first = list(null, null, "name", null, 10);
        assertThat(first.next()).isPresent();

        ProjectPage second = list(null, null, "name", first.next().get().encode(), 10);

        assertThat(second.items()).hasSize(10);
        assertThat(second.next()).isEmpty();
    }

    @Test
    void lists_only_the_projects_the_caller_is_a_member_of_in_any_role() {
        seed(12);

        ProjectPage page = list(null, null, null, null, 100);

        assertThat(store.projectCount()).isEqualTo(24);
        assertThat(page.items()).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void a_caller_who_is_a_member_of_nothing_gets_an_empty_page() {
        seed(5);

        ProjectPage page = service.listProjects(new ListProjectsQuery(ADA, null, null, null, null, null));

        assertThat(page.items()).isEmpty();
        assertThat(page.next()).isEmpty();
    }

    @Test
    void an_empty_store_gives_one_empty_page() {
        ProjectPage page = list(null, null, null, null, null);
        assertThat(page.items()).isEmpty();
        assertThat(page.next()).isEmpty();
    }

    @Test
    void defaults_to_20_newest_first() {
        seed(25);
        ProjectPage page = list(null, null, null, null, null);

        assertThat(page.items()).containsExactlyElementsOf(
                all.stream().sorted(order(ProjectSort.CREATED_AT_DESC)).limit(20).toList());
        assertThat(page.next()).isPresent();
    }

    @Test
    void an_empty_cursor_means_the_first_page() {
        seed(5);
        assertThat(list(null, null, "name", "", 3).items()).isEqualTo(list(null, null, "name", null, 3).items());
    }

    @Test
    void accepts_limits_from_1_to_100() {
        seed(120);
        assertThat(list(null, null, null, null, 1).items()).hasSize(1);
        assertThat(list(null, null, null, null, 100).items()).hasSize(100);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 101, Integer.MAX_VALUE})
    void refuses_a_limit_outside_1_to_100(int limit) {
        assertRefused(() -> list(null, null, null, null, limit), "limit");
    }

    @Test
    void asks_the_store_for_one_row_more_than_the_limit() {
        AtomicReference<ListProjectsPort.Criteria> seen = new AtomicReference<>();
        new ListProjectsService(c -> {
            seen.set(c);
            return List.of();
        }).listProjects(new ListProjectsQuery(BOB, ADA.toString(), "Cos", "-name", null, 7));

        assertThat(seen.get())
                .isEqualTo(new ListProjectsPort.Criteria(BOB, ADA, "Cos", ProjectSort.NAME_DESC, null, 8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"newest", "NAME", "-", "created"})
    void refuses_an_unknown_sort(String sort) {
        assertRefused(() -> list(null, null, sort, null, null), "sort");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ada", "123e4567-e89b-12d3-a456-42661417400z"})
    void refuses_a_creator_that_is_not_a_user_id_naming_the_creator_field(String creator) {
        assertRefused(() -> list(creator, null, null, null, null), "creator");
    }

    @Test
    void refuses_a_cursor_from_another_sort() {
        seed(5);
        String byName = list(null, null, "name", null, 2).next().orElseThrow().encode();

        assertRefused(() -> list(null, null, "-name", byName, 2), "cursor");
        assertRefused(() -> list(null, null, null, byName, 2), "cursor");
        assertRefused(() -> list(null, null, "name", "garbage!", 2), "cursor");
    }

    @Test
    void filters_by_creator() {
        seed(30);
        ProjectPage page = list(BOB.toString(), null, "name", null, 100);

        assertThat(page.items()).isNotEmpty().allMatch(p -> p.isCreatedBy(BOB))
                .hasSize((int) all.stream().filter(p -> p.isCreatedBy(BOB)).count());
    }

    @Test
    void filters_by_name_ignoring_case_and_pages_within_the_filter() {
        seed(40);
        List<Project> expected = all.stream().filter(p -> p.name().equalsIgnoreCase("alpha"))
                .sorted(order(ProjectSort.NAME_ASC)).toList();

        List<Project> visited = new ArrayList<>();
        String cursor = null;
        do {
            ProjectPage page = list(null, "ALPH", "name", cursor, 2);
            visited.addAll(page.items());
            cursor = page.next().map(ProjectCursor::encode).orElse(null);
        } while (cursor != null);

        assertThat(expected).isNotEmpty();
        assertThat(visited).containsExactlyElementsOf(expected);
    }

    @Test
    void refuses_a_name_filter_longer_than_100_characters() {
        assertThat(list(null, "n".repeat(100), null, null, null).items()).isEmpty();
        assertRefused(() -> list(null, "n".repeat(101), null, null, null), "name_contains");
    }

    @Test
    void counts_the_name_filter_limit_in_code_points() {
        assertThat(list(null, "😀".repeat(100), null, null, null).items()).isEmpty();
    }

    @Test
    void refuses_names_with_an_unpaired_surrogate_so_name_cursors_stay_lossless() {
        // A lone surrogate cannot be encoded in UTF-8; a cursor holding it would restart the page before
        // its project and return it forever. Such names never enter the store.
        assertThatThrownBy(() -> Project.create("x\uD800", "", ADA, T0))
                .isInstanceOf(InvalidValueException.class)
                .extracting("field").isEqualTo("name");
    }
}
