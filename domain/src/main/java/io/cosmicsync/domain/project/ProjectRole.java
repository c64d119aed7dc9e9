package io.cosmicsync.domain.project;

import io.cosmicsync.domain.common.InvalidValueException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A member's role in a project and the {@link ProjectAction}s it permits:
 *
 * <pre>
 *            READ  SUBSCRIBE  WRITE  MANAGE_MEMBERS  DELETE
 *   owner     x        x        x          x           x
 *   editor    x        x        x
 *   viewer    x        x
 * </pre>
 *
 * The API spells roles in lower case ({@code owner}, {@code editor}, {@code viewer}).
 */
public enum ProjectRole {
    OWNER(EnumSet.allOf(ProjectAction.class)),
    EDITOR(EnumSet.of(ProjectAction.READ, ProjectAction.SUBSCRIBE, ProjectAction.WRITE)),
    VIEWER(EnumSet.of(ProjectAction.READ, ProjectAction.SUBSCRIBE));

    private final Set<ProjectAction> permitted;

    ProjectRole(Set<ProjectAction> permitted) {
        this.permitted = permitted;
    }

    /** Whether a member with this role may do {@code action}. */
    public boolean permits(ProjectAction action) {
        return permitted.contains(action);
    }

    /** The roles that permit {@code action}, strongest first. */
    public static List<ProjectRole> permitting(ProjectAction action) {
        return Arrays.stream(values()).filter(role -> role.permits(action)).toList();
    }

    /** The API spelling: {@code owner}, {@code editor} or {@code viewer}. */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses the API spelling (exactly lower case).
     *
     * @throws InvalidValueException on {@code field} naming the allowed roles when {@code text} is none of them
     */
    public static ProjectRole parse(String field, String text) {
        return Arrays.stream(values()).filter(role -> role.token().equals(text)).findFirst()
                .orElseThrow(() -> new InvalidValueException(field, "must be one of "
                        + Arrays.stream(values()).map(ProjectRole::token).collect(Collectors.joining(", "))));
    }
}
