package io.cosmicsync.application.user.port.out;

import io.cosmicsync.domain.user.Profile;
import io.cosmicsync.domain.user.UserId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Reads profiles from storage. */
public interface LoadProfilePort {

    /** The profile of {@code userId}, if the user exists. */
    Optional<Profile> loadProfile(UserId userId);

    /**
     * The profiles of those among {@code userIds} who exist, by user id. Adapters answer with one round
     * trip; this default asks one at a time, for in-memory fakes.
     */
    default Map<UserId, Profile> loadProfiles(Collection<UserId> userIds) {
        Map<UserId, Profile> found = new LinkedHashMap<>();
        for (UserId id : userIds) {
            loadProfile(id).ifPresent(profile -> found.put(id, profile));
        }
        return found;
    }
}
