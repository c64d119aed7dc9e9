package io.cosmicsync.adapter.persistence.common;

import java.sql.SQLException;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Recognizes PostgreSQL unique violations (SQLSTATE 23505) and names the index that was hit. */
public final class UniqueViolations {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolations() {
    }

    /** The name of the unique constraint or index {@code e} violated, if it is a unique violation. */
    public static Optional<String> constraintOf(SQLException e) {
        if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
            return Optional.empty();
        }
        ServerErrorMessage detail = e instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
        return Optional.of(detail != null && detail.getConstraint() != null ? detail.getConstraint() : "");
    }
}
