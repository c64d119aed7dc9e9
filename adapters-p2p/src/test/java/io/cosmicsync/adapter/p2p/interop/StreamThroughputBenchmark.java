package io.cosmicsync.adapter.p2p.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cosmicsync.adapter.p2p.identity.Ed25519KeyPair;
import io.cosmicsync.adapter.p2p.identity.PeerId;
import io.cosmicsync.adapter.p2p.multiformats.Multiaddr;
import io.cosmicsync.adapter.p2p.multiformats.Protocol;
import io.cosmicsync.adapter.p2p.transport.Host;
import io.cosmicsync.adapter.p2p.transport.HostConfig;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Bulk one-way transfer over one stream (TCP + Noise + yamux on loopback), in one run: Java to Java, js-libp2p to
 * js-libp2p, and across. The protocol ({@value #SINK}, also in src/test/js/node.mjs): the sender writes a uint64 BE
 * byte count n and n bytes; the sink answers with the uint64 BE count it received; the clock runs from opening the
 * stream to that answer. Both sides write {@value #CHUNK}-byte buffers; each case runs {@value #WARM_UPS} untimed then
 * {@value #RUNS} timed transfers (both JITs warm up) and reports the median. Opt-in: {@code ./mvnw -B -o verify -pl adapters-p2p -Dtest=StreamThroughputBenchmark
 * -Dp2p.bench=true}. Prints one JSON line per case; fails only if bytes go missing.
 */
@EnabledIfSystemProperty(named = "p2p.bench", matches = "true")
class StreamThroughputBenchmark {

    private static final String SINK = "/cosmicsync/bench/sink/1.0.0";
    /** Bytes per write on both sides (js-libp2p moves about a third less with 64 KiB writes here). */
    private static final int CHUNK = 1024 * 1024;
    private static final long BYTES = 256L * 1024 * 1024;
    /** Untimed transfers first (both JITs warm up), then the timed ones; the median is reported. */
    private static final int WARM_UPS = 2;
    private static final int RUNS = 3;

    /** One timed transfer, in seconds. */
    @FunctionalInterface
    private interface Transfer {
        double seconds() throws Exception;
    }

    /** The receiving side: reads the count, counts the bytes, answers with what it counted. */
    private static final class Sink extends ChannelInboundHandlerAdapter {
        private final ByteBuf header = Unpooled.buffer(8);
        private long expected = -1;
        private long received;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf bytes = (ByteBuf) msg;
            try {
                if (expected < 0) {
                    header.writeBytes(bytes, Math.min(header.writableBytes(), bytes.readableBytes()));
                    if (header.isWritable()) {
                        return;
                    }
                    expected = header.readLong();
                }
                received += bytes.readableBytes();
            } finally {
                bytes.release();
            }
            if (received == expected) {
                ctx.writeAndFlush(Unpooled.buffer(8).writeLong(received));
            }
        }
    }

    /** The sending side's reader: completes with the count the sink answered. */
    private static final class Answer extends ChannelInboundHandlerAdapter {
        private final ByteBuf reply = Unpooled.buffer(8);
        private final CompletableFuture<Long> counted = new CompletableFuture<>();

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf bytes = (ByteBuf) msg;
            reply.writeBytes(bytes, Math.min(reply.writableBytes(), bytes.readableBytes()));
            bytes.release();
            if (!reply.isWritable()) {
                counted.complete(reply.readLong());
            }
        }
    }

    /** Writes the count and then {@code total} zero bytes in chunks, as fast as the stream's writability allows. */
    private static void send(Channel stream, long total) {
        ByteBuf chunk = Unpooled.directBuffer(CHUNK).writeZero(CHUNK);
        long[] left = {total};
        Runnable pump = () -> {
            while (left[0] > 0 && stream.isWritable()) {
                int n = (int) Math.min(CHUNK, left[0]);
                stream.write(chunk.retainedSlice(0, n));
                left[0] -= n;
            }
            stream.flush();
        };
        stream.pipeline().addLast(new ChannelInboundHandlerAdapter() {
            @Override
            public void channelWritabilityChanged(ChannelHandlerContext ctx) {
                pump.run();
            }
        });
        stream.eventLoop().execute(() -> {
            stream.write(Unpooled.buffer(8).writeLong(total));
            pump.run();
        });
    }

    /** Sends {@link #BYTES} from a Java host to a sink; returns the seconds until the sink's answer. */
    private static double javaSends(Host from, PeerId to) throws Exception {
        Answer answer = new Answer();
        long start = System.nanoTime();
        Channel stream = from.openStream(to, SINK, (ch, id) -> ch.pipeline().addLast(answer)).get(10, TimeUnit.SECONDS);
        send(stream, BYTES);
        assertThat(answer.counted.get(120, TimeUnit.SECONDS)).isEqualTo(BYTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        stream.close();
        return seconds;
    }

    /** Sends {@link #BYTES} from a js node to a sink; returns the seconds js measured until the answer. */
    private static double jsSends(JsLibp2pNode from, String to) throws Exception {
        return Double.parseDouble(from.call("send " + to + " " + SINK + " " + BYTES + " " + CHUNK, 120)) / 1000;
    }

    private static void measure(String name, Transfer transfer) throws Exception {
        for (int i = 0; i < WARM_UPS; i++) {
            transfer.seconds();
        }
        double[] seconds = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            seconds[i] = transfer.seconds();
        }
        Arrays.sort(seconds);
        double median = seconds[RUNS / 2];
        System.out.printf(Locale.ROOT, "{\"case\":\"%s\",\"bytes\":%d,\"runs\":%d,\"median_seconds\":%.3f,"
                + "\"MB_per_s\":%.1f,\"best_MB_per_s\":%.1f}%n",
                name, BYTES, RUNS, median, BYTES / median / 1e6, BYTES / seconds[0] / 1e6);
    }

    private static Host sinkHost() {
        Host host = new Host(Ed25519KeyPair.generate(), HostConfig.defaults());
        host.handle(SINK, (ch, id) -> ch.pipeline().addLast(new Sink()));
        return host;
    }

    @Test
    void java_to_java_and_js_to_js_and_across() throws Exception {
        try (Host sender = sinkHost(); Host receiver = sinkHost()) {
            Multiaddr receiverAddress = receiver.start(Multiaddr.parse("/ip4/127.0.0.1/tcp/0")).get();
            sender.dial(receiverAddress).get(10, TimeUnit.SECONDS);
            measure("java -> java", () -> javaSends(sender, receiver.peerId()));

            assumeTrue(JsLibp2pNode.nodeIsOnPath(), "node is not on PATH: js-libp2p cases skipped");
            try (JsLibp2pNode js = JsLibp2pNode.start(); JsLibp2pNode otherJs = JsLibp2pNode.start()) {
                String jsPeer = js.address().valueOf(Protocol.P2P).orElseThrow();
                String otherJsPeer = otherJs.address().valueOf(Protocol.P2P).orElseThrow();
                js.call("dial " + otherJs.address(), 15);
                measure("js -> js", () -> jsSends(js, otherJsPeer));

                sender.dial(js.address()).get(10, TimeUnit.SECONDS);
                measure("java -> js", () -> javaSends(sender, PeerId.parse(jsPeer)));

                js.call("dial " + receiverAddress, 15);
                measure("js -> java", () -> jsSends(js, receiver.peerId().toString()));
            }
        }
    }
}
