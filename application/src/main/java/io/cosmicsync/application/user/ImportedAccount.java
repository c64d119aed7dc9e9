package io.cosmicsync.application.user;

import io.cosmicsync.domain.user.Profile;
import io.cosmicsync.domain.user.User;
import java.util.Objects;

/**
 * A user and profile built from an imported person, ready to store.
 *
 * @param user    the account (its password hash is {@link io.cosmicsync.domain.user.PasswordHash#UNUSABLE})
 * @param profile its profile; {@code profile.userId()} equals {@code user.id()}
 */
public record ImportedAccount(User user, Profile profile) {

    public ImportedAccount {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(profile, "profile");
        if (!user.id().equals(profile.userId())) {
            throw new IllegalArgumentException("the profile must belong to the user");
        }
    }
}
