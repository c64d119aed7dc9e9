package io.cosmicsync.application.user.port.out;

import io.cosmicsync.domain.user.User;
import io.cosmicsync.domain.user.UserId;
import io.cosmicsync.domain.user.Username;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Reads users from storage. */
public interface LoadUserPort {

    /** The user with {@code id}, if any. */
    Optional<User> loadUser(UserId id);

    /** The user whose username equals {@code username} ignoring case, if any. */
    Optional<User> loadUserByUsername(Username username);

    /**
     * The users among {@code ids} that exist, by id; ids without a user are absent from the map. Adapters
     * answer with one round trip; this default asks one at a time, for in-memory fakes.
     */
    default Map<UserId, User> loadUsers(Collection<UserId> ids) {
        Map<UserId, User> found = new LinkedHashMap<>();
        for (UserId id : ids) {
            loadUser(id).ifPresent(user -> found.put(id, user));
        }
        return found;
    }
}
