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
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Bulk transfer over one stream (TCP + Noise + yamux), Java to Java and Java to js-libp2p and back. Opt-in:
 * {@code ./mvnw -B -o verify -pl adapters-p2p -Dtest=StreamThroughputBenchmark -Dp2p.bench=true}. Prints one JSON
 * line per case; fails only if bytes go missing.
 */
@EnabledIfSystemProperty(named = "p2p.bench", matches = "true")
class StreamThroughputBenchmark {

    private static final String SINK = "/cosmicsync/bench/sink/1.0.0";
    private static final int CHUNK = 64 * 1024;

    /** Counts bytes until {@code expected} have arrived. */
    private static final class Counter extends ChannelInboundHandlerAdapter {
        private final long expected;
        private final CompletableFuture<Long> done;
        private long received;

        Counter(long expected, CompletableFuture<Long> done) {
            this.expected = expected;
            this.done = done;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            received += ((ByteBuf) msg).readableBytes();
            ((ByteBuf) msg).release();
            if (received >= expected) {
                done.complete(System.nanoTime());
            }
        }
    }

    /** Writes {@code total} bytes in chunks, as fast as the stream's writability allows. */
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
        stream.eventLoop().execute(pump);
    }

    private static void report(String name, long bytes, long startNanos, long endNanos) {
        double seconds = (endNanos - startNanos) / 1e9;
        System.out.printf(Locale.ROOT, "{\"case\":\"%s\",\"bytes\":%d,\"seconds\":%.3f,\"MB_per_s\":%.1f}%n",
                name, bytes, seconds, bytes / seconds / 1e6);
    }

    private static long measure(Host from, PeerId to, String protocol, long bytes) throws Exception {
        CompletableFuture<Long> done = new CompletableFuture<>();
        Channel stream = from.openStream(to, protocol, (ch, id) -> ch.pipeline().addLast(new Counter(bytes, done)))
                .get(10, TimeUnit.SECONDS);
        long start = System.nanoTime();
        send(stream, bytes);
        long end = done.get(120, TimeUnit.SECONDS);
        stream.close();
        return end - start;
    }

    @Test
    void java_to_java() throws Exception {
        long bytes = 1024L * 1024 * 1024;
        try (Host sender = new Host(Ed25519KeyPair.generate(), HostConfig.defaults());
                Host receiver = new Host(Ed25519KeyPair.generate(), HostConfig.defaults())) {
            CompletableFuture<Long> done = new CompletableFuture<>();
            receiver.handle(SINK, (ch, id) -> ch.pipeline().addLast(new Counter(bytes, done)));
            sender.dial(receiver.start(Multiaddr.parse("/ip4/127.0.0.1/tcp/0")).get()).get(10, TimeUnit.SECONDS);
            Channel stream = sender.openStream(receiver.peerId(), SINK, (ch, id) -> { }).get(10, TimeUnit.SECONDS);
            long start = System.nanoTime();
            send(stream, bytes);
            report("java -> java, one way", bytes, start, done.get(120, TimeUnit.SECONDS));
        }
    }

    @Test
    void java_through_a_js_echo_and_js_through_a_java_echo() throws Exception {
        assumeTrue(JsLibp2pNode.nodeIsOnPath(), "node is not on PATH");
        long bytes = 128L * 1024 * 1024;
        try (JsLibp2pNode js = JsLibp2pNode.start();
                Host java = new Host(Ed25519KeyPair.generate(), HostConfig.defaults())) {
            java.handle(JsLibp2pInteropTest.ECHO, (stream, id) -> stream.pipeline().addLast(
                    new ChannelInboundHandlerAdapter() {
                        @Override
                        public void channelRead(ChannelHandlerContext ctx, Object msg) {
                            ctx.writeAndFlush(msg);
                        }
                    }));
            Multiaddr javaAddress = java.start(Multiaddr.parse("/ip4/127.0.0.1/tcp/0")).get();
            PeerId jsPeer = PeerId.parse(js.address().valueOf(Protocol.P2P).orElseThrow());
            java.dial(js.address()).get(10, TimeUnit.SECONDS);
            long took = measure(java, jsPeer, JsLibp2pInteropTest.ECHO, bytes);
            report("java -> js echo -> java (bytes each way)", bytes, 0, took);

            js.call("dial " + javaAddress, 15);
            long start = System.nanoTime();
            assertThat(js.call("echo " + java.peerId() + " " + JsLibp2pInteropTest.ECHO + " " + 64 * 1024 * 1024, 120))
                    .isEqualTo(String.valueOf(64 * 1024 * 1024));
            report("js -> java echo -> js (bytes each way, incl. js buffer compare)", 64L * 1024 * 1024, start,
                    System.nanoTime());
        }
    }

    /** The same echo transfer between two js-libp2p nodes, in the same run, for a side-by-side figure. */
    @Test
    void js_through_a_js_echo() throws Exception {
        assumeTrue(JsLibp2pNode.nodeIsOnPath(), "node is not on PATH");
        long bytes = 64L * 1024 * 1024;
        try (JsLibp2pNode sender = JsLibp2pNode.start(); JsLibp2pNode echo = JsLibp2pNode.start()) {
            sender.call("dial " + echo.address(), 15);
            String echoPeer = echo.address().valueOf(Protocol.P2P).orElseThrow();
            long start = System.nanoTime();
            assertThat(sender.call("echo " + echoPeer + " " + JsLibp2pInteropTest.ECHO + " " + bytes, 120))
                    .isEqualTo(String.valueOf(bytes));
            report("js -> js echo -> js (bytes each way, incl. js buffer compare)", bytes, start, System.nanoTime());
        }
    }
}
