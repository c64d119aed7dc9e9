package io.cosmicsync.adapter.persistence.user;

import io.cosmicsync.adapter.persistence.common.StorageCalls;
import io.cosmicsync.application.user.port.out.LoadUserPort;
import io.cosmicsync.application.user.port.out.SaveUserPort;
import io.cosmicsync.domain.user.User;
import io.cosmicsync.domain.user.UserId;
import io.cosmicsync.domain.user.Username;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link LoadUserPort} and {@link SaveUserPort} on the {@code users} table.
 *
 * <p>Usernames are unique ignoring case (unique index on {@code lower(username)}), e-mails are unique
 * (stored lower-cased by {@link io.cosmicsync.domain.user.Email}). A clash is reported as
 * {@code USERNAME_TAKEN} (checked first) or {@code EMAIL_TAKEN} and leaves the caller's transaction usable.
 * Store failures become {@link io.cosmicsync.adapter.persistence.common.StorageException}.
 */
@Singleton
public final class UserPersistenceAdapter implements LoadUserPort, SaveUserPort {

    private final UserRepository users;
    private final UserWriter writer;

    UserPersistenceAdapter(UserRepository users, UserWriter writer) {
        this.users = users;
        this.writer = writer;
    }

    @Override
    public Optional<User> loadUser(UserId id) {
        return StorageCalls.call("loading user " + id, () -> users.findById(id.value()).map(UserMapper::toDomain));
    }

    @Override
    public Map<UserId, User> loadUsers(Collection<UserId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return StorageCalls.call("loading " + ids.size() + " users", () -> {
            Map<UserId, User> found = new LinkedHashMap<>();
            users.findByIdIn(ids.stream().map(UserId::value).toList())
                    .forEach(row -> found.put(new UserId(row.id()), UserMapper.toDomain(row)));
            return found;
        });
    }

    @Override
    public Optional<User> loadUserByUsername(Username username) {
        return StorageCalls.call("loading user by username",
                () -> users.findByLowerUsername(username.value()).map(UserMapper::toDomain));
    }

    @Override
    public SaveResult insertUser(User user) {
        return StorageCalls.call("inserting user " + user.id(), () -> writer.insert(user));
    }

    @Override
    public SaveResult updateUser(User user) {
        return StorageCalls.call("updating user " + user.id(), () -> writer.update(user));
    }
}
