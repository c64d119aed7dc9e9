package io.cosmicsync.domain.project;

import static io.cosmicsync.domain.project.ProjectAction.DELETE;
import static io.cosmicsync.domain.project.ProjectAction.MANAGE_MEMBERS;
import static io.cosmicsync.domain.project.ProjectAction.READ;
import static io.cosmicsync.domain.project.ProjectAction.SUBSCRIBE;
import static io.cosmicsync.domain.project.ProjectAction.WRITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.domain.common.InvalidValueException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectRoleTest {

    /** The permission table of issue 5, written out independently of the enum. */
    private static final Map<ProjectRole, Set<ProjectAction>> TABLE = Map.of(
            ProjectRole.OWNER, EnumSet.of(READ, SUBSCRIBE, WRITE, MANAGE_MEMBERS, DELETE),
            ProjectRole.EDITOR, EnumSet.of(READ, SUBSCRIBE, WRITE),
            ProjectRole.VIEWER, EnumSet.of(READ, SUBSCRIBE));

    @Test
    void each_role_permits_exactly_the_actions_of_the_table() {
        for (ProjectRole role : ProjectRole.values()) {
            Set<ProjectAction> permitted = Arrays.stream(ProjectAction.values()).filter(role::permits)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(ProjectAction.class)));
            assertThat(permitted).as(role.token()).isEqualTo(TABLE.get(role));
        }
    }

    @Test
    void a_viewer_may_read_and_subscribe_but_not_write() {
        assertThat(ProjectRole.VIEWER.permits(READ)).isTrue();
        assertThat(ProjectRole.VIEWER.permits(SUBSCRIBE)).isTrue();
        assertThat(ProjectRole.VIEWER.permits(WRITE)).isFalse();
    }

    @Test
    void only_owners_manage_members_and_delete() {
        assertThat(ProjectRole.permitting(MANAGE_MEMBERS)).containsExactly(ProjectRole.OWNER);
        assertThat(ProjectRole.permitting(DELETE)).containsExactly(ProjectRole.OWNER);
        assertThat(ProjectRole.permitting(WRITE)).containsExactly(ProjectRole.OWNER, ProjectRole.EDITOR);
        assertThat(ProjectRole.permitting(READ)).containsExactly(ProjectRole.values());
    }

    @Test
    void parses_the_lower_case_api_spelling_and_prints_it_back() {
        for (ProjectRole role : ProjectRole.values()) {
            assertThat(ProjectRole.parse("role", role.token())).isEqualTo(role);
        }
        assertThat(ProjectRole.EDITOR.token()).isEqualTo("editor");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "OWNER", "Owner", "admin", " viewer", "node_admin"})
    void refuses_anything_else_naming_the_field_and_the_allowed_roles(String text) {
        assertThatThrownBy(() -> ProjectRole.parse("role", text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("role");
                    assertThat(e.reason()).isEqualTo("must be one of owner, editor, viewer");
                });
    }
}
