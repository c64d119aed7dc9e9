package io.cosmicsync.application.user.service;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.user.port.in.GetProfileUseCase;
import io.cosmicsync.application.user.port.out.LoadProfilePort;
import io.cosmicsync.domain.user.Profile;
import io.cosmicsync.domain.user.UserId;

/** Reads a user's profile. */
public final class GetProfileService implements GetProfileUseCase {

    private final LoadProfilePort loadProfile;

    public GetProfileService(LoadProfilePort loadProfile) {
        this.loadProfile = loadProfile;
    }

    @Override
    public Outcome<Profile> getProfile(UserId userId) {
        return loadProfile.loadProfile(userId).<Outcome<Profile>>map(Outcome::success)
                .orElseGet(() -> Outcome.notFound("profile of user " + userId));
    }
}
