package io.cosmicsync.application.user.port.in;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.domain.user.Profile;
import io.cosmicsync.domain.user.UserId;

/** Reads a user's profile. Refusal: {@code NotFound} when the user does not exist. */
public interface GetProfileUseCase {

    Outcome<Profile> getProfile(UserId userId);
}
