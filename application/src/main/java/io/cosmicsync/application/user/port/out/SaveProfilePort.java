package io.cosmicsync.application.user.port.out;

import io.cosmicsync.domain.user.Profile;

/** Writes profiles: inserts or replaces the profile of {@code profile.userId()}. */
public interface SaveProfilePort {

    /** Inserts or replaces; the user must exist. */
    void saveProfile(Profile profile);
}
