package io.cosmicsync.domain.user;

import io.cosmicsync.domain.common.Texts;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a user tells others about themselves. One per user, created empty at registration.
 *
 * @param userId    the owner
 * @param name      display name, at most 100 characters (may be empty)
 * @param bio       free text, at most 2,000 characters (may be empty)
 * @param skills    at most 100 tags of at most 50 characters; trimmed, de-duplicated ignoring case
 * @param interests same rules as {@code skills}
 * @param updatedAt when it last changed
 */
public record Profile(UserId userId, String name, String bio, List<String> skills, List<String> interests,
                      Instant updatedAt) {

    public static final int MAX_TAGS = 100;
    public static final int MAX_TAG_LENGTH = 50;

    public Profile {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(updatedAt, "updatedAt");
        name = Texts.optionalText("name", name, 100);
        bio = Texts.optionalText("bio", bio, 2000);
        skills = Texts.tags("skills", skills, MAX_TAGS, MAX_TAG_LENGTH);
        interests = Texts.tags("interests", interests, MAX_TAGS, MAX_TAG_LENGTH);
    }

    /** The empty profile a user starts with. */
    public static Profile empty(UserId userId, Instant now) {
        return new Profile(userId, "", "", List.of(), List.of(), now);
    }
}
