package io.cosmicsync.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TextsPropertyTest {

    @Provide
    Arbitrary<List<String>> tagLists() {
        Arbitrary<String> tag = Arbitraries.oneOf(
                Arbitraries.of("java", "Java", " JAVA ", "rust", "", "   ", "\t", "Ünïcødé", "ünïcødé", "😀", " 😀"),
                Arbitraries.strings().withChars(" aAbBéÉ\t😀".toCharArray()).ofMaxLength(6),
                Arbitraries.strings().ofMaxLength(8))
                .filter(TextsPropertyTest::storable);
        return tag.injectNull(0.05).list().ofMaxSize(30);
    }

    @Property(tries = 300)
    void normalizing_tags_twice_is_the_same_as_once(@ForAll("tagLists") List<String> tags) {
        List<String> once = Texts.tags("t", tags, 1000, 1000);
        assertThat(Texts.tags("t", once, 1000, 1000)).isEqualTo(once);
    }

    @Property(tries = 300)
    void normalized_tags_are_trimmed_non_blank_and_unique_ignoring_case(@ForAll("tagLists") List<String> tags) {
        List<String> result = Texts.tags("t", tags, 1000, 1000);
        assertThat(result).allSatisfy(t -> {
            assertThat(t).isNotBlank();
            assertThat(t.strip()).isEqualTo(t);
        });
        assertThat(result.stream().map(t -> t.toLowerCase(Locale.ROOT)).distinct().count())
                .isEqualTo(result.size());
    }

    /** Text the domain accepts at all: no control characters but tab/CR/LF, no unpaired surrogates. */
    private static boolean storable(String text) {
        try {
            Texts.requirePrintable("tag", text);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }
}
