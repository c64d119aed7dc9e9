package io.cosmicsync.application.user.port.in;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.domain.user.Profile;

/** Changes a profile. Refusals: {@code Forbidden} unless the actor owns it, {@code NotFound}. */
public interface UpdateProfileUseCase {

    Outcome<Profile> updateProfile(UpdateProfileCommand command);
}
