package io.cosmicsync.application.user.port.out;

import io.cosmicsync.domain.user.Profile;
import io.cosmicsync.domain.user.UserId;
import java.util.Optional;

/** Reads profiles from storage. */
public interface LoadProfilePort {

    /** The profile of {@code userId}, if the user exists. */
    Optional<Profile> loadProfile(UserId userId);
}
