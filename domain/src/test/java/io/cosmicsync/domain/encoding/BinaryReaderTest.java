package io.cosmicsync.domain.encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** {@link BinaryReader#readString}: ASCII and other UTF-8 read back as written; ill-formed UTF-8 is refused. */
class BinaryReaderTest {

    @Test
    void an_ascii_string_and_a_string_beyond_ascii_read_back_as_written() {
        byte[] bytes = new BinaryWriter().writeString("d42/title").writeString("Zoë 🚀 東京").toByteArray();
        BinaryReader reader = new BinaryReader(bytes);

        assertThat(reader.readString(100, "first")).isEqualTo("d42/title");
        assertThat(reader.readString(100, "second")).isEqualTo("Zoë 🚀 東京");
        reader.requireEnd();
    }

    @Property(tries = 300)
    void any_well_formed_string_reads_back_as_written(@ForAll String text) {
        if (!BinaryWriter.isWellFormed(text)) {
            return;
        }
        byte[] bytes = new BinaryWriter().writeString(text).toByteArray();

        assertThat(new BinaryReader(bytes).readString(Integer.MAX_VALUE, "text")).isEqualTo(text);
    }

    @Test
    void ill_formed_utf_8_is_refused_with_its_offset() {
        String[] illFormed = {
            "c328",     // a lead byte followed by ASCII
            "c0af",     // an overlong "/"
            "eda080",   // a UTF-16 surrogate
            "e282",     // a truncated three-byte sequence
            "ff",       // never valid in UTF-8
            "41c3",     // ASCII, then a lead byte at the end
        };
        for (String hex : illFormed) {
            byte[] utf8 = HexFormat.of().parseHex(hex);
            byte[] bytes = new BinaryWriter().writeVarLong(utf8.length).writeBytes(utf8).toByteArray();

            assertThatThrownBy(() -> new BinaryReader(bytes).readString(100, "name")).as(hex)
                    .isInstanceOf(MalformedEncodingException.class)
                    .hasMessageContaining("name is not valid UTF-8");
        }
    }

    @Test
    void a_string_longer_than_its_limit_or_than_the_bytes_left_is_refused() {
        byte[] bytes = new BinaryWriter().writeString("abcdef").toByteArray();
        byte[] truncated = java.util.Arrays.copyOf(bytes, 4);

        assertThatThrownBy(() -> new BinaryReader(bytes).readString(5, "name")).isInstanceOf(MalformedEncodingException.class);
        assertThatThrownBy(() -> new BinaryReader(truncated).readString(100, "name"))
                .isInstanceOf(MalformedEncodingException.class).hasMessageContaining("exceeds the 3 bytes left");
    }
}
