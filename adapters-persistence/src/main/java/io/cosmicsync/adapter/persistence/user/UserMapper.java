package io.cosmicsync.adapter.persistence.user;

import io.cosmicsync.domain.user.Email;
import io.cosmicsync.domain.user.PasswordHash;
import io.cosmicsync.domain.user.User;
import io.cosmicsync.domain.user.UserId;
import io.cosmicsync.domain.user.Username;

/** Converts between {@link User} and {@link UserRow}, field for field. */
final class UserMapper {

    private UserMapper() {
    }

    static User toDomain(UserRow row) {
        return User.reconstitute(new UserId(row.id()), new Username(row.username()), new Email(row.email()),
                new PasswordHash(row.passwordHash()), row.createdAt(), row.updatedAt());
    }
}
