package io.cosmicsync.application.project.access;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.domain.project.ProjectRole;
import java.util.Objects;

/**
 * What {@link ProjectAccessPolicy} decided for one caller, project and action.
 *
 * <p>A caller who is not a member gets {@link NotFound} whether or not the project exists, so that
 * nobody learns which projects exist by probing ids; a member whose role does not permit the action
 * gets {@link Forbidden} with a reason naming the roles that do.
 */
public sealed interface AccessDecision {

    /** The caller may; {@code role} is their role in the project. */
    record Allowed(ProjectRole role) implements AccessDecision {
        public Allowed {
            Objects.requireNonNull(role, "role");
        }
    }

    /** The caller is a member but their role does not permit the action. */
    record Forbidden(String reason) implements AccessDecision {
    }

    /** No such project, or the caller is not a member of it. */
    record NotFound(String what) implements AccessDecision {
    }

    /** Whether the caller may go ahead. */
    default boolean allowed() {
        return this instanceof Allowed;
    }

    /**
     * This refusal as a use case outcome ({@code Outcome.Forbidden} or {@code Outcome.NotFound}).
     *
     * @throws IllegalStateException on {@link Allowed}, which is no refusal
     */
    default <T> Outcome<T> refusal() {
        if (this instanceof Forbidden forbidden) {
            return Outcome.forbidden(forbidden.reason());
        }
        if (this instanceof NotFound notFound) {
            return Outcome.notFound(notFound.what());
        }
        throw new IllegalStateException("access was allowed; there is no refusal");
    }
}
