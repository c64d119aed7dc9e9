package io.cosmicsync.domain.recommendation;

import java.util.Locale;

/** Why two people were matched: which of their profile tags meet. */
public enum ReasonKind {
    /** Both list the tag as a skill (mode {@code similar}). */
    SHARED_SKILL,
    /** Both list the tag as an interest (mode {@code similar}). */
    SHARED_INTEREST,
    /** Both created or belong to the project whose id is the tag (mode {@code similar}). */
    SHARED_PROJECT,
    /** The recommended person has as a skill what the caller lists as an interest (mode {@code complementary}). */
    SKILL_FOR_INTEREST;

    /** The name in JSON, e.g. {@code shared_skill}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
