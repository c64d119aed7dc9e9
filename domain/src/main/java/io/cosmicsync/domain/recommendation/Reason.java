package io.cosmicsync.domain.recommendation;

import java.util.Objects;

/**
 * One tag two matched people have in common, e.g. {@code (SHARED_SKILL, "Language:Python")}.
 *
 * @param kind how the tag connects them
 * @param tag  the tag as the person it was recommended to spelled it (a project id for projects)
 */
public record Reason(ReasonKind kind, String tag) {

    public Reason {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(tag, "tag");
    }
}
