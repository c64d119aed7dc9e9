package io.cosmicsync.application.user.port.out;

import io.cosmicsync.domain.user.User;
import io.cosmicsync.domain.user.UserId;
import io.cosmicsync.domain.user.Username;
import java.util.Optional;

/** Reads users from storage. */
public interface LoadUserPort {

    /** The user with {@code id}, if any. */
    Optional<User> loadUser(UserId id);

    /** The user whose username equals {@code username} ignoring case, if any. */
    Optional<User> loadUserByUsername(Username username);
}
