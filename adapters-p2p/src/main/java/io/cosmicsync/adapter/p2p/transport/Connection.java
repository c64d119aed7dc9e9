package io.cosmicsync.adapter.p2p.transport;

import io.cosmicsync.adapter.p2p.identity.PeerId;
import io.cosmicsync.adapter.p2p.multiformats.Multiaddr;
import io.cosmicsync.adapter.p2p.yamux.YamuxSession;
import io.netty.channel.Channel;
import io.netty.util.AttributeKey;

/**
 * An upgraded connection: TCP, secured by Noise with an authenticated remote peer, multiplexed by yamux.
 *
 * @param remotePeer    who is on the other end (proven by the Noise handshake)
 * @param remoteAddress the remote TCP address as a multiaddr, without {@code /p2p}
 * @param outbound      true when this node dialed
 * @param channel       the TCP channel; its yamux streams are child channels of it
 * @param session       the yamux session, to open streams or ping
 */
public record Connection(PeerId remotePeer, Multiaddr remoteAddress, boolean outbound, Channel channel,
        YamuxSession session) {

    /** Set on each upgraded TCP channel. */
    public static final AttributeKey<Connection> KEY = AttributeKey.valueOf("cosmicsync.p2p.connection");

    /** The connection a stream (or the connection channel itself) belongs to, or null before the upgrade. */
    public static Connection of(Channel channel) {
        for (Channel c = channel; c != null; c = c.parent()) {
            Connection connection = c.attr(KEY).get();
            if (connection != null) {
                return connection;
            }
        }
        return null;
    }
}
