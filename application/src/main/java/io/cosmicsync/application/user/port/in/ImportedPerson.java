package io.cosmicsync.application.user.port.in;

import java.util.List;
import java.util.Objects;

/**
 * One person from an external data set (e.g. a survey), to become a user who cannot log in until a
 * password is set. Raw values, checked by the use case with the domain's rules.
 *
 * @param username  stable across imports (e.g. derived from the data set's row id): it decides identity
 * @param email     an address for the account (may be a non-deliverable {@code .invalid} one)
 * @param name      display name
 * @param bio       free text
 * @param skills    profile skills
 * @param interests profile interests
 */
public record ImportedPerson(String username, String email, String name, String bio, List<String> skills,
                             List<String> interests) {

    public ImportedPerson {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(email, "email");
        skills = List.copyOf(skills);
        interests = List.copyOf(interests);
    }
}
