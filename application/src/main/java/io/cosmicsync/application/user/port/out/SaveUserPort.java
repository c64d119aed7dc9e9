package io.cosmicsync.application.user.port.out;

import io.cosmicsync.domain.user.User;

/**
 * Writes users. Usernames (ignoring case) and e-mail addresses are unique; a write that would break
 * that writes nothing and says which field clashed.
 */
public interface SaveUserPort {

    /** What a write did. */
    enum SaveResult { SAVED, USERNAME_TAKEN, EMAIL_TAKEN }

    /** Inserts a new user. */
    SaveResult insertUser(User user);

    /** Replaces the stored user with the same id. */
    SaveResult updateUser(User user);
}
