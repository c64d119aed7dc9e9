package io.cosmicsync.application.user.service;

import io.cosmicsync.application.user.port.in.GetProfilesUseCase;
import io.cosmicsync.application.user.port.out.LoadProfilePort;
import io.cosmicsync.domain.user.Profile;
import io.cosmicsync.domain.user.UserId;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Reads many profiles in one call to {@link LoadProfilePort#loadProfiles}. */
public final class GetProfilesService implements GetProfilesUseCase {

    private final LoadProfilePort loadProfile;

    public GetProfilesService(LoadProfilePort loadProfile) {
        this.loadProfile = Objects.requireNonNull(loadProfile, "loadProfile");
    }

    @Override
    public Map<UserId, Profile> getProfiles(Set<UserId> userIds) {
        return userIds.isEmpty() ? Map.of() : loadProfile.loadProfiles(userIds);
    }
}
