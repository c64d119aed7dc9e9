package io.cosmicsync.domain.sync;

import io.cosmicsync.domain.common.Texts;

/**
 * Identity of a replica (a node or an app's device) as it appears in changes: for nodes the libp2p
 * peer id string (base58 multihash, e.g. {@code 12D3KooW...}); any non-blank printable string of at
 * most 128 characters is accepted so tests and embedded replicas can use short names.
 *
 * @param value the peer id text
 */
public record PeerId(String value) implements Comparable<PeerId> {

    public PeerId {
        if (value == null || value.isBlank() || value.length() > 128 || Texts.hasControlCharacter(value)) {
            throw new IllegalArgumentException("a peer id is a non-blank printable string of at most 128 chars");
        }
    }

    @Override
    public int compareTo(PeerId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
