package io.cosmicsync.application.user.port.in;

import java.util.Objects;

/**
 * Register a new user. Raw strings: the service builds and validates the value objects.
 *
 * @param username 3–32 characters, see {@code Username}
 * @param email    an e-mail address
 * @param password 8–128 characters; hashed, never stored or logged as given
 */
public record RegisterUserCommand(String username, String email, char[] password) {

    public RegisterUserCommand {
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "RegisterUserCommand[username=" + username + ", email=" + email + ", password=redacted]";
    }
}
