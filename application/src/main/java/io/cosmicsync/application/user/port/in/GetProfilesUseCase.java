package io.cosmicsync.application.user.port.in;

import io.cosmicsync.domain.user.Profile;
import io.cosmicsync.domain.user.UserId;
import java.util.Map;
import java.util.Set;

/**
 * Reads the profiles of many users at once (one storage round trip), with the rules of
 * {@link GetProfileUseCase}: every profile is public. Users without a profile are absent from the map.
 */
public interface GetProfilesUseCase {

    Map<UserId, Profile> getProfiles(Set<UserId> userIds);
}
