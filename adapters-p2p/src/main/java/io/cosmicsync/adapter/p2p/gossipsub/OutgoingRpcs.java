package io.cosmicsync.adapter.p2p.gossipsub;

import io.cosmicsync.adapter.p2p.gossipsub.pb.RpcProtos;
import io.cosmicsync.adapter.p2p.identity.PeerId;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one router event wants sent, gathered per peer so that subscriptions, messages and control
 * piggyback on one RPC, then flushed to the {@link RpcOutbox}. An RPC that would exceed the maximum frame
 * size is split: control and subscriptions first, then as many messages per RPC as fit.
 */
final class OutgoingRpcs {

    /** Room left for the RPC envelope around one message (tags and lengths). */
    private static final int ENVELOPE_SLACK = 16;

    private final int maxRpcSize;
    private final Map<PeerId, RpcProtos.RPC.Builder> pending = new LinkedHashMap<>();

    OutgoingRpcs(int maxRpcSize) {
        this.maxRpcSize = maxRpcSize;
    }

    RpcProtos.RPC.Builder to(PeerId peer) {
        return pending.computeIfAbsent(peer, p -> RpcProtos.RPC.newBuilder());
    }

    RpcProtos.ControlMessage.Builder controlTo(PeerId peer) {
        return to(peer).getControlBuilder();
    }

    void subscription(PeerId peer, String topic, boolean subscribe) {
        to(peer).addSubscriptions(RpcProtos.RPC.SubOpts.newBuilder().setTopicid(topic).setSubscribe(subscribe));
    }

    void publish(PeerId peer, RpcProtos.Message message) {
        to(peer).addPublish(message);
    }

    void graft(PeerId peer, String topic) {
        controlTo(peer).addGraft(RpcProtos.ControlGraft.newBuilder().setTopicID(topic));
    }

    void prune(PeerId peer, RpcProtos.ControlPrune prune) {
        controlTo(peer).addPrune(prune);
    }

    void flush(RpcOutbox outbox) {
        pending.forEach((peer, builder) -> send(outbox, peer, builder.build()));
        pending.clear();
    }

    private void send(RpcOutbox outbox, PeerId peer, RpcProtos.RPC rpc) {
        if (rpc.getSerializedSize() <= maxRpcSize) {
            outbox.send(peer, rpc);
            return;
        }
        RpcProtos.RPC head = rpc.toBuilder().clearPublish().build();
        if (head.getSerializedSize() > 0) {
            outbox.send(peer, head);
        }
        RpcProtos.RPC.Builder batch = RpcProtos.RPC.newBuilder();
        int size = 0;
        for (RpcProtos.Message message : rpc.getPublishList()) {
            int messageSize = message.getSerializedSize() + ENVELOPE_SLACK;
            if (messageSize > maxRpcSize) {
                continue; // cannot be framed; never produced by publish(), which checks the size
            }
            if (size + messageSize > maxRpcSize) {
                outbox.send(peer, batch.build());
                batch = RpcProtos.RPC.newBuilder();
                size = 0;
            }
            batch.addPublish(message);
            size += messageSize;
        }
        if (batch.getPublishCount() > 0) {
            outbox.send(peer, batch.build());
        }
    }
}
