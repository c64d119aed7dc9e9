package io.cosmicsync.adapter.p2p;

import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;

/** Test helper: moves bytes between two EmbeddedChannels until neither has anything left to say. */
public final class EmbeddedPair {

    private EmbeddedPair() {
    }

    /** Delivers outbound bytes of each side to the other, optionally one byte at a time. */
    public static void pump(EmbeddedChannel a, EmbeddedChannel b, boolean fragment) {
        boolean moved = true;
        while (moved) {
            moved = move(a, b, fragment) | move(b, a, fragment);
            a.runPendingTasks();
            b.runPendingTasks();
        }
    }

    private static boolean move(EmbeddedChannel from, EmbeddedChannel to, boolean fragment) {
        boolean moved = false;
        ByteBuf next;
        while ((next = from.readOutbound()) != null) {
            moved = true;
            if (!to.isOpen()) {
                next.release();
                continue;
            }
            if (fragment) {
                while (next.isReadable()) {
                    to.writeInbound(next.readRetainedSlice(Math.min(7, next.readableBytes())));
                }
                next.release();
            } else {
                to.writeInbound(next);
            }
        }
        return moved;
    }
}
