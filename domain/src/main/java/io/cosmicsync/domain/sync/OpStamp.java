package io.cosmicsync.domain.sync;

/**
 * Identity and last-writer-wins order of a write: the HLC and author of the change that made it.
 * Ordered by HLC, then by peer id as the tie-break, so every replica ranks concurrent writes alike.
 *
 * @param hlc  the change's timestamp
 * @param peer the change's author
 */
public record OpStamp(Hlc hlc, PeerId peer) implements Comparable<OpStamp> {

    public OpStamp {
        if (hlc == null || peer == null) {
            throw new IllegalArgumentException("a stamp needs an HLC and a peer id");
        }
    }

    @Override
    public int compareTo(OpStamp o) {
        int c = hlc.compareTo(o.hlc);
        return c != 0 ? c : peer.compareTo(o.peer);
    }
}
