package io.cosmicsync.adapter.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.domain.user.PasswordHash;
import io.cosmicsync.domain.user.port.HashPasswordPort;
import io.micronaut.context.BeanContext;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Argon2idPasswordHasherTest {

    /** Cheap costs so most tests run in milliseconds; the format and checks are the same. */
    private static final Argon2idParameters FAST = new Argon2idParameters(64, 1, 1, 16, 32);

    private final HashPasswordPort hasher = new Argon2idPasswordHasher(FAST);

    @Test
    void verifies_the_password_it_hashed() {
        PasswordHash hash = hasher.hash("correct horse battery staple".toCharArray());

        assertThat(hasher.verify("correct horse battery staple".toCharArray(), hash)).isTrue();
    }

    @Test
    void rejects_a_wrong_password() {
        PasswordHash hash = hasher.hash("correct horse battery staple".toCharArray());

        assertThat(hasher.verify("correct horse battery stapler".toCharArray(), hash)).isFalse();
        assertThat(hasher.verify(new char[0], hash)).isFalse();
    }

    @Test
    void gives_two_different_hashes_for_the_same_password_because_each_has_its_own_salt() {
        PasswordHash first = hasher.hash("password".toCharArray());
        PasswordHash second = hasher.hash("password".toCharArray());

        assertThat(first.encoded()).isNotEqualTo(second.encoded());
        assertThat(hasher.verify("password".toCharArray(), first)).isTrue();
        assertThat(hasher.verify("password".toCharArray(), second)).isTrue();
    }

    @Test
    void hashes_with_the_owasp_defaults_in_the_phc_format() {
        HashPasswordPort defaults = new Argon2idPasswordHasher();

        PasswordHash hash = defaults.hash("correct horse battery staple".toCharArray());

        // 16-byte salt -> 22 Base64 characters, 32-byte hash -> 43, no padding.
        assertThat(hash.encoded()).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(defaults.verify("correct horse battery staple".toCharArray(), hash)).isTrue();
    }

    @Test
    void computes_the_reference_argon2id_vector() {
        // Reference implementation (P-H-C/phc-winner-argon2, src/test.c), reproduced with Debian's argon2 CLI:
        // echo -n password | argon2 somesalt -id -t 2 -k 65536 -p 1 -l 32
        Argon2idParameters reference = new Argon2idParameters(65_536, 2, 1, 8, 32);

        byte[] tag = Argon2idPasswordHasher.derive(
                "password".toCharArray(), "somesalt".getBytes(StandardCharsets.US_ASCII), reference).orElseThrow();

        assertThat(HexFormat.of().formatHex(tag))
                .isEqualTo("09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7");
    }

    @Test
    void verifies_hashes_encoded_by_the_reference_implementation_with_their_own_parameters() {
        // Made with Debian's argon2 CLI (0~20171227), e.g. echo -n 'pässwörd' | argon2 somesaltsomesalt -id -t 1 -k 64 -p 1 -l 32 -e
        PasswordHash owasp = new PasswordHash(
                "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$QKHrg5tayLGcN+Y0HVPNaBqykOVLUxlMkZycXE1uWRM");
        PasswordHash nonAscii = new PasswordHash(
                "$argon2id$v=19$m=64,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$wqugW25kmSIS8mhSrcSeQbLP03ywtvLS6manOSD0Xlk");

        assertThat(hasher.verify("correct horse battery staple".toCharArray(), owasp)).isTrue();
        assertThat(hasher.verify("pässwörd".toCharArray(), nonAscii)).isTrue();
        assertThat(hasher.verify("passwörd".toCharArray(), nonAscii)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "$argon2i$v=19$m=64,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$wqugW25kmSIS8mhSrcSeQbLP03ywtvLS6manOSD0Xlk",
        "$argon2d$v=19$m=64,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$wqugW25kmSIS8mhSrcSeQbLP03ywtvLS6manOSD0Xlk",
        "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW",
        "$argon2id$v=16$m=64,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$wqugW25kmSIS8mhSrcSeQbLP03ywtvLS6manOSD0Xlk",
        "$argon2id$m=64,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$wqugW25kmSIS8mhSrcSeQbLP03ywtvLS6manOSD0Xlk",
        "$argon2id$v=19$m=64,t=1,p=1$c29tZXNhbHRzb21lc2FsdA",
        "$argon2id$v=19$m=64,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$",
        "$argon2id$v=19$m=64,t=1,p=1$$wqugW25kmSIS8mhSrcSeQbLP03ywtvLS6manOSD0Xlk",
        "$argon2id$v=19$m=64,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$wqugW25kmSIS8mhSrcSeQbLP03ywtvLS6manOSD0Xlk$extra",
        "$argon2id$v=19$m=64,t=1$c29tZXNhbHRzb21lc2FsdA$wqugW25kmSIS8mhSrcSeQbLP03ywtvLS6manOSD0Xlk",
        "$argon2id$v=19$t=1,m=64,p=1$c29tZXNhbHRzb21lc2FsdA$wqugW25kmSIS8mhSrcSeQbLP03ywtvLS6manOSD0Xlk",
        "$argon2id$v=19$m=-64,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$wqugW25kmSIS8mhSrcSeQbLP03ywtvLS6manOSD0Xlk",
        "$argon2id$v=19$m=64,t=x,p=1$c29tZXNhbHRzb21lc2FsdA$wqugW25kmSIS8mhSrcSeQbLP03ywtvLS6manOSD0Xlk",
        "$argon2id$v=19$m=64,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$wqugW25kmSIS8mhSrcSeQbLP03ywtvLS6manOSD0Xlk=",
        "$argon2id$v=19$m=64,t=1,p=1$c29tZXNh!HRzb21lc2FsdA$wqugW25kmSIS8mhSrcSeQbLP03ywtvLS6manOSD0Xlk",
        "$argon2id$v=19$m=64,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$w",
        "$argon2id$v=19$m=64,t=1,p=1$c2FsdA$wqugW25kmSIS8mhSrcSeQbLP03ywtvLS6manOSD0Xlk",
        "$argon2id$v=19$m=64,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$c2hvcnQ",
        "$argon2id",
        "$",
    })
    void treats_a_malformed_phc_string_as_a_mismatch(String encoded) {
        assertThat(hasher.verify("pässwörd".toCharArray(), new PasswordHash(encoded))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "$argon2id$v=19$m=4194304,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$wqugW25kmSIS8mhSrcSeQbLP03ywtvLS6manOSD0Xlk",
        "$argon2id$v=19$m=262145,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$wqugW25kmSIS8mhSrcSeQbLP03ywtvLS6manOSD0Xlk",
        "$argon2id$v=19$m=999999999,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$wqugW25kmSIS8mhSrcSeQbLP03ywtvLS6manOSD0Xlk",
        "$argon2id$v=19$m=99999999999999999999,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$wqugW25kmSIS8mhSrcSeQbLP03ywtvLS6manOSD0Xlk",
        "$argon2id$v=19$m=64,t=11,p=1$c29tZXNhbHRzb21lc2FsdA$wqugW25kmSIS8mhSrcSeQbLP03ywtvLS6manOSD0Xlk",
        "$argon2id$v=19$m=64,t=2147483647,p=1$c29tZXNhbHRzb21lc2FsdA$wqugW25kmSIS8mhSrcSeQbLP03ywtvLS6manOSD0Xlk",
        "$argon2id$v=19$m=1024,t=1,p=17$c29tZXNhbHRzb21lc2FsdA$wqugW25kmSIS8mhSrcSeQbLP03ywtvLS6manOSD0Xlk",
        "$argon2id$v=19$m=64,t=0,p=1$c29tZXNhbHRzb21lc2FsdA$wqugW25kmSIS8mhSrcSeQbLP03ywtvLS6manOSD0Xlk",
        "$argon2id$v=19$m=64,t=1,p=0$c29tZXNhbHRzb21lc2FsdA$wqugW25kmSIS8mhSrcSeQbLP03ywtvLS6manOSD0Xlk",
        "$argon2id$v=19$m=8,t=1,p=2$c29tZXNhbHRzb21lc2FsdA$wqugW25kmSIS8mhSrcSeQbLP03ywtvLS6manOSD0Xlk",
    })
    void refuses_to_compute_with_absurd_parameters_from_a_tampered_hash(String encoded) {
        assertThat(hasher.verify("pässwörd".toCharArray(), new PasswordHash(encoded))).isFalse();
    }

    @Test
    void treats_missing_arguments_and_overlong_strings_as_a_mismatch() {
        PasswordHash hash = hasher.hash("password".toCharArray());
        PasswordHash overlong = new PasswordHash(hash.encoded() + "A".repeat(10_000));

        assertThat(hasher.verify(null, hash)).isFalse();
        assertThat(hasher.verify("password".toCharArray(), null)).isFalse();
        assertThat(hasher.verify("password".toCharArray(), overlong)).isFalse();
    }

    @Test
    void rejects_a_password_that_is_not_valid_utf16_instead_of_hashing_a_replacement() {
        char[] loneSurrogate = {'a', '\uD800', 'b'};
        PasswordHash hash = hasher.hash("a?b".toCharArray());

        assertThatThrownBy(() -> hasher.hash(loneSurrogate)).isInstanceOf(IllegalArgumentException.class);
        assertThat(hasher.verify(loneSurrogate, hash)).isFalse();
    }

    @Test
    void leaves_the_callers_password_untouched() {
        char[] password = "password".toCharArray();

        hasher.verify(password, hasher.hash(password));

        assertThat(password).containsExactly("password".toCharArray());
    }

    @Test
    void password_hash_to_string_never_shows_the_hash() {
        PasswordHash hash = hasher.hash("password".toCharArray());
        String encodedHash = hash.encoded().substring(hash.encoded().lastIndexOf('$') + 1);

        assertThat(hash.toString()).doesNotContain(encodedHash).doesNotContain("argon2id").contains("redacted");
    }

    @Test
    void micronaut_creates_the_hasher_without_any_configuration() {
        try (BeanContext context = BeanContext.run()) {
            assertThat(context.getBean(HashPasswordPort.class)).isInstanceOf(Argon2idPasswordHasher.class);
        }
    }
}
