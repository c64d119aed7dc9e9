package io.cosmicsync.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.domain.common.InvalidValueException;
import io.cosmicsync.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionTest {

    private static final UserId ADA = UserId.random();
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration LIFETIME = Duration.ofDays(30);

    private final RefreshToken first = RefreshToken.generate();
    private final Session session = Session.start(ADA, first, T0, LIFETIME);

    @Test
    void start_stores_only_the_hash_of_the_token_and_sets_the_expiry() {
        assertThat(session.userId()).isEqualTo(ADA);
        assertThat(session.refreshTokenHash()).isEqualTo(first.hash()).isNotEqualTo(first.value());
        assertThat(session.createdAt()).isEqualTo(T0);
        assertThat(session.refreshExpiresAt()).isEqualTo(T0.plus(LIFETIME));
        assertThat(session.isRevoked()).isFalse();
        assertThat(session.revokedAt()).isNull();
    }

    @Test
    void accepts_its_current_token_until_just_before_expiry() {
        assertThat(session.acceptsRefresh(first, T0)).isTrue();
        assertThat(session.acceptsRefresh(first, T0.plus(LIFETIME).minusNanos(1))).isTrue();
        assertThat(session.acceptsRefresh(first, T0.plus(LIFETIME))).isFalse();
        assertThat(session.acceptsRefresh(first, T0.plus(LIFETIME).plusSeconds(1))).isFalse();
    }

    @Test
    void refuses_another_token() {
        assertThat(session.acceptsRefresh(RefreshToken.generate(), T0)).isFalse();
    }

    @Test
    void rotate_swaps_the_token_restarts_the_lifetime_and_keeps_identity() {
        RefreshToken second = RefreshToken.generate();
        Instant later = T0.plus(Duration.ofDays(20));
        Session rotated = session.rotate(second, later, LIFETIME);

        assertThat(rotated.id()).isEqualTo(session.id());
        assertThat(rotated.userId()).isEqualTo(ADA);
        assertThat(rotated.createdAt()).isEqualTo(T0);
        assertThat(rotated.refreshExpiresAt()).isEqualTo(later.plus(LIFETIME));
        assertThat(rotated.acceptsRefresh(first, later)).isFalse();
        assertThat(rotated.acceptsRefresh(second, later)).isTrue();
        assertThat(rotated.acceptsRefresh(second, T0.plus(LIFETIME).plusSeconds(1))).isTrue();
    }

    @Test
    void a_revoked_session_accepts_no_token() {
        Instant at = T0.plusSeconds(60);
        Session revoked = session.revoke(at);
        assertThat(revoked.isRevoked()).isTrue();
        assertThat(revoked.revokedAt()).isEqualTo(at);
        assertThat(revoked.acceptsRefresh(first, at)).isFalse();
        assertThat(revoked.rotate(RefreshToken.generate(), at, LIFETIME).isRevoked()).isTrue();
    }

    @Test
    void revoking_twice_keeps_the_first_revocation_time() {
        Session revoked = session.revoke(T0.plusSeconds(1));
        assertThat(revoked.revoke(T0.plusSeconds(99))).isSameAs(revoked);
    }

    @Test
    void session_ids_parse_their_text_form_and_name_the_sid_field_otherwise() {
        assertThat(SessionId.parse(session.id().toString())).isEqualTo(session.id());
        assertThatThrownBy(() -> SessionId.parse("nope")).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("sid"));
        assertThat(Session.start(ADA, first, T0, LIFETIME).id()).isNotEqualTo(session.id());
    }

    @Test
    void refuses_missing_parts() {
        assertThatThrownBy(() -> new Session(null, ADA, "h", T0, T0, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Session(SessionId.random(), ADA, null, T0, T0, null))
                .isInstanceOf(NullPointerException.class);
    }
}
