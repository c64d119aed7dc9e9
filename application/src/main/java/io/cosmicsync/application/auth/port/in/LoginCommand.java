package io.cosmicsync.application.auth.port.in;

import java.util.Objects;

/** Log in with a username and password. The password is never kept or logged. */
public record LoginCommand(String username, char[] password) {

    public LoginCommand {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "LoginCommand[username=" + username + ", password=redacted]";
    }
}
