package io.cosmicsync.adapter.p2p.multiformats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class VarintTest {

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    @Test
    void encodes_the_examples_from_the_spec() {
        assertThat(Varint.encode(1)).isEqualTo(hex("01"));
        assertThat(Varint.encode(127)).isEqualTo(hex("7f"));
        assertThat(Varint.encode(128)).isEqualTo(hex("8001"));
        assertThat(Varint.encode(255)).isEqualTo(hex("ff01"));
        assertThat(Varint.encode(300)).isEqualTo(hex("ac02"));
        assertThat(Varint.encode(16384)).isEqualTo(hex("808001"));
    }

    @Property
    void round_trips_every_value_up_to_63_bits(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long value) {
        byte[] encoded = Varint.encode(value);
        assertThat(encoded).hasSize(Varint.size(value)).hasSizeLessThanOrEqualTo(Varint.MAX_BYTES);
        assertThat(Varint.read(ByteBuffer.wrap(encoded))).isEqualTo(value);
        assertThat(Varint.tryRead(Unpooled.wrappedBuffer(encoded))).isEqualTo(value);
    }

    @Test
    void rejects_a_varint_longer_than_nine_bytes() {
        byte[] tenBytes = hex("80808080808080808001");
        assertThatThrownBy(() -> Varint.read(ByteBuffer.wrap(tenBytes))).isInstanceOf(MultiformatException.class)
                .hasMessageContaining("longer than 9");
        assertThatThrownBy(() -> Varint.tryRead(Unpooled.wrappedBuffer(tenBytes)))
                .isInstanceOf(MultiformatException.class);
    }

    @Test
    void rejects_a_varint_that_is_not_minimally_encoded() {
        assertThatThrownBy(() -> Varint.read(ByteBuffer.wrap(hex("8100")))).hasMessageContaining("minimal");
    }

    @Test
    void reports_a_truncated_varint_in_a_complete_buffer() {
        assertThatThrownBy(() -> Varint.read(ByteBuffer.wrap(hex("ac")))).hasMessageContaining("truncated");
    }

    @Test
    void waits_for_more_bytes_without_consuming_a_partial_varint() {
        ByteBuf buf = Unpooled.buffer().writeBytes(hex("ac"));
        assertThat(Varint.tryRead(buf)).isEqualTo(Varint.INCOMPLETE);
        assertThat(buf.readerIndex()).isZero();
        buf.writeBytes(hex("0205"));
        assertThat(Varint.tryRead(buf)).isEqualTo(300);
        assertThat(buf.readerIndex()).isEqualTo(2);
    }

    @Test
    void refuses_to_encode_a_negative_value() {
        assertThatThrownBy(() -> Varint.encode(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
