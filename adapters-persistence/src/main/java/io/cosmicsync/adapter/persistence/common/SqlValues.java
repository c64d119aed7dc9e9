package io.cosmicsync.adapter.persistence.common;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Conversions between Java values and PostgreSQL column types for hand-written SQL.
 * {@code timestamptz} travels as {@link OffsetDateTime} in UTC, the JDBC 4.2 mapping the PostgreSQL
 * driver reads and writes exactly (microseconds, no time-zone shift).
 */
public final class SqlValues {

    private SqlValues() {
    }

    /** The parameter value for a {@code timestamptz} column; null stays null. */
    public static OffsetDateTime timestamptz(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** The instant in a {@code timestamptz} column, or null. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /**
     * Binds a typed Java array ({@code byte[][]} for {@code bytea[]}, {@code String[]} for {@code text[]}, {@code Long[]},
     * {@code Integer[]}, {@code Boolean[]}) as an array parameter in PostgreSQL's binary format, which pgjdbc uses for
     * what {@code setObject} is given; {@link java.sql.Connection#createArrayOf} makes a text literal instead (every
     * {@code bytea} element hex-encoded) that the server parses again, for every change of a catch-up batch.
     * A {@code String[]} travels as {@code varchar[]}: write {@code ?::text[]} where the type matters ({@code &&} with a
     * {@code text[]} column has no {@code varchar[]} operator).
     *
     * @throws SQLException when the element type has no PostgreSQL array type ({@code Object[]} among them)
     */
    public static void bindArray(PreparedStatement statement, int index, Object[] values) throws SQLException {
        statement.setObject(index, values);
    }

    /** The value of a {@code uuid} column, or null. */
    public static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }
}
