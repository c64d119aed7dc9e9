package io.cosmicsync.adapter.p2p.gossipsub;

import com.google.protobuf.ByteString;
import io.cosmicsync.adapter.p2p.gossipsub.pb.RpcProtos;
import io.cosmicsync.adapter.p2p.identity.Ed25519KeyPair;
import io.cosmicsync.adapter.p2p.identity.PeerId;
import io.cosmicsync.adapter.p2p.testsupport.ManualClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** One router against scripted peers: StrictSign validation, de-duplication and control-message rules. */
class GossipsubRouterTest {

    private static final String TOPIC = "changes";

    private record Sent(PeerId to, RpcProtos.RPC rpc) {
    }

    private final ManualClock clock = new ManualClock();
    private final List<Sent> sent = new ArrayList<>();
    private final List<PubsubMessage> delivered = new ArrayList<>();
    private final Ed25519KeyPair author = Ed25519KeyPair.generate();
    private final PeerId sender = Ed25519KeyPair.generate().peerId();
    private final PeerId meshPeer = Ed25519KeyPair.generate().peerId();
    private GossipsubRouter router;

    @BeforeEach
    void startRouterWithTwoPeers() {
        router = new GossipsubRouter(Ed25519KeyPair.generate(), GossipsubConfig.defaults(),
                (peer, rpc) -> sent.add(new Sent(peer, rpc)), clock, new Random(1));
        router.addPeer(sender, false);
        router.addPeer(meshPeer, true);
        router.handleRpc(meshPeer, subscription(TOPIC));
        router.subscribe(TOPIC, delivered::add);
        sent.clear();
    }

    @Test
    void delivers_and_forwards_a_validly_signed_message_from_an_author_who_is_not_the_sender() {
        router.handleRpc(sender, publish(signed(author, "hello", 1)));

        assertThat(delivered).singleElement().satisfies(m -> {
            assertThat(m.author()).isEqualTo(author.peerId());
            assertThat(m.receivedFrom()).isEqualTo(sender);
            assertThat(m.seqno()).isEqualTo(1);
            assertThat(new String(m.data(), StandardCharsets.UTF_8)).isEqualTo("hello");
        });
        assertThat(sent).anySatisfy(s -> {
            assertThat(s.to()).isEqualTo(meshPeer);
            assertThat(s.rpc().getPublishCount()).isEqualTo(1);
        });
        assertThat(sent).noneMatch(s -> s.to().equals(sender) && s.rpc().getPublishCount() > 0);
    }

    @Test
    void drops_a_message_whose_signature_does_not_verify() {
        RpcProtos.Message tampered = signed(author, "hello", 1).toBuilder()
                .setData(ByteString.copyFromUtf8("hellO")).build();

        router.handleRpc(sender, publish(tampered));

        assertThat(delivered).isEmpty();
        assertThat(sent).isEmpty();
        assertThat(router.stats().invalidSignature()).isEqualTo(1);
    }

    @Test
    void drops_an_unsigned_message_under_strict_sign() {
        RpcProtos.Message unsigned = signed(author, "hello", 1).toBuilder().clearSignature().build();

        router.handleRpc(sender, publish(unsigned));

        assertThat(delivered).isEmpty();
        assertThat(router.stats().unsigned()).isEqualTo(1);
    }

    @Test
    void drops_a_message_whose_key_field_belongs_to_another_peer() {
        Ed25519KeyPair other = Ed25519KeyPair.generate();
        RpcProtos.Message withForeignKey = signed(author, "hello", 1).toBuilder()
                .setKey(ByteString.copyFrom(other.publicKey().encode())).build();

        router.handleRpc(sender, publish(withForeignKey));

        assertThat(delivered).isEmpty();
        assertThat(router.stats().invalidSignature()).isEqualTo(1);
    }

    @Test
    void accepts_a_message_whose_key_field_is_the_authors_own() {
        RpcProtos.Message withOwnKey = signed(author, "hello", 1).toBuilder()
                .setKey(ByteString.copyFrom(author.publicKey().encode())).build();

        router.handleRpc(sender, publish(withOwnKey));

        assertThat(delivered).hasSize(1);
    }

    @Test
    void drops_a_message_whose_seqno_is_not_eight_bytes() {
        RpcProtos.Message unsigned = RpcProtos.Message.newBuilder().setFrom(ByteString.copyFrom(author.peerId().toBytes()))
                .setSeqno(ByteString.copyFrom(new byte[]{0, 0, 0, 1})).setTopic(TOPIC)
                .setData(ByteString.copyFromUtf8("x")).build();

        router.handleRpc(sender, publish(MessageSigning.sign(unsigned, author)));

        assertThat(delivered).isEmpty();
        assertThat(router.stats().malformed()).isEqualTo(1);
    }

    @Test
    void drops_and_counts_a_signed_message_that_the_topic_validator_rejects_and_never_forwards_it() {
        router.setValidator(TOPIC, message -> !new String(message.data(), StandardCharsets.UTF_8).contains("spam"));

        router.handleRpc(sender, publish(signed(author, "buy spam", 1)));
        router.handleRpc(meshPeer, publish(signed(author, "buy spam", 1)));
        router.handleRpc(sender, publish(signed(author, "real change", 2)));

        assertThat(delivered).singleElement().satisfies(m ->
                assertThat(new String(m.data(), StandardCharsets.UTF_8)).isEqualTo("real change"));
        assertThat(router.stats().rejected()).isEqualTo(1);
        assertThat(router.stats().duplicates()).isEqualTo(1);
        assertThat(sent.stream().flatMap(s -> s.rpc().getPublishList().stream())
                .map(m -> m.getData().toStringUtf8())).containsExactly("real change");
    }

    @Test
    void a_validator_that_throws_rejects_the_message() {
        router.setValidator(TOPIC, message -> {
            throw new IllegalStateException("validator bug");
        });

        router.handleRpc(sender, publish(signed(author, "x", 1)));

        assertThat(delivered).isEmpty();
        assertThat(router.stats().rejected()).isEqualTo(1);
    }

    @Test
    void delivers_a_message_once_however_often_it_arrives_within_the_seen_ttl() {
        RpcProtos.Message message = signed(author, "once", 7);

        router.handleRpc(sender, publish(message));
        router.handleRpc(meshPeer, publish(message));
        router.handleRpc(sender, publish(message));

        assertThat(delivered).hasSize(1);
        assertThat(router.stats().duplicates()).isEqualTo(2);
    }

    @Test
    void signs_over_the_pubsub_prefix_and_the_message_without_signature_and_key() {
        RpcProtos.Message message = signed(author, "vector", 3);
        byte[] body = message.toBuilder().clearSignature().build().toByteArray();
        byte[] expected = new byte[14 + body.length];
        System.arraycopy("libp2p-pubsub:".getBytes(StandardCharsets.US_ASCII), 0, expected, 0, 14);
        System.arraycopy(body, 0, expected, 14, body.length);

        assertThat(author.publicKey().verify(expected, message.getSignature().toByteArray())).isTrue();
        assertThat(MessageSigning.signedBytes(message.toBuilder().setKey(ByteString.copyFromUtf8("k")).build()))
                .isEqualTo(expected);
    }

    @Test
    void publishes_signed_messages_with_increasing_eight_byte_seqnos() {
        router.publish(TOPIC, "a".getBytes(StandardCharsets.UTF_8));
        router.publish(TOPIC, "b".getBytes(StandardCharsets.UTF_8));

        List<RpcProtos.Message> published = sent.stream().flatMap(s -> s.rpc().getPublishList().stream()).toList();
        assertThat(published).hasSize(2).allSatisfy(m -> {
            assertThat(MessageSigning.verify(m)).isEqualTo(MessageSigning.Verdict.ACCEPT);
            assertThat(m.getFrom().toByteArray()).isEqualTo(router.localPeer().toBytes());
            assertThat(m.getSeqno().size()).isEqualTo(8);
        });
        long first = published.get(0).getSeqno().asReadOnlyByteBuffer().getLong();
        assertThat(published.get(1).getSeqno().asReadOnlyByteBuffer().getLong()).isEqualTo(first + 1);
    }

    @Test
    void answers_a_graft_for_an_unknown_topic_with_a_prune_without_peer_exchange() {
        router.handleRpc(sender, control(RpcProtos.ControlMessage.newBuilder()
                .addGraft(RpcProtos.ControlGraft.newBuilder().setTopicID("elsewhere"))));

        RpcProtos.ControlPrune prune = onlyPruneTo(sender);
        assertThat(prune.getTopicID()).isEqualTo("elsewhere");
        assertThat(prune.getPeersCount()).isZero();
        assertThat(prune.getBackoff()).isEqualTo(60);
    }

    @Test
    void answers_a_graft_during_backoff_with_a_prune_and_keeps_the_peer_out_of_the_mesh() {
        router.handleRpc(meshPeer, control(RpcProtos.ControlMessage.newBuilder()
                .addPrune(RpcProtos.ControlPrune.newBuilder().setTopicID(TOPIC).setBackoff(30))));
        assertThat(router.meshPeers(TOPIC)).doesNotContain(meshPeer);
        clock.advance(Duration.ofSeconds(10));

        router.handleRpc(meshPeer, control(RpcProtos.ControlMessage.newBuilder()
                .addGraft(RpcProtos.ControlGraft.newBuilder().setTopicID(TOPIC))));

        assertThat(onlyPruneTo(meshPeer).getTopicID()).isEqualTo(TOPIC);
        assertThat(router.meshPeers(TOPIC)).doesNotContain(meshPeer);
    }

    @Test
    void accepts_a_graft_after_the_backoff_has_passed() {
        router.handleRpc(meshPeer, control(RpcProtos.ControlMessage.newBuilder()
                .addPrune(RpcProtos.ControlPrune.newBuilder().setTopicID(TOPIC).setBackoff(30))));
        clock.advance(Duration.ofSeconds(31));

        router.handleRpc(meshPeer, control(RpcProtos.ControlMessage.newBuilder()
                .addGraft(RpcProtos.ControlGraft.newBuilder().setTopicID(TOPIC))));

        assertThat(router.meshPeers(TOPIC)).contains(meshPeer);
    }

    @Test
    void asks_with_iwant_only_for_unseen_ids_and_ignores_ihave_floods_beyond_the_heartbeat_budget() {
        RpcProtos.Message known = signed(author, "known", 1);
        router.handleRpc(sender, publish(known));
        sent.clear();
        ByteString unseen = MessageId.of(signed(author, "new", 2)).bytes();

        router.handleRpc(sender, control(RpcProtos.ControlMessage.newBuilder().addIhave(RpcProtos.ControlIHave
                .newBuilder().setTopicID(TOPIC).addMessageIDs(MessageId.of(known).bytes()).addMessageIDs(unseen))));

        assertThat(sent).singleElement().satisfies(s ->
                assertThat(s.rpc().getControl().getIwant(0).getMessageIDsList()).containsExactly(unseen));
        for (int i = 0; i < GossipsubConfig.defaults().maxIHaveMessages(); i++) {
            router.handleRpc(sender, control(RpcProtos.ControlMessage.newBuilder().addIhave(RpcProtos.ControlIHave
                    .newBuilder().setTopicID(TOPIC).addMessageIDs(unseen))));
        }
        int iwantsBeforeFlood = sent.size();
        router.handleRpc(sender, control(RpcProtos.ControlMessage.newBuilder().addIhave(RpcProtos.ControlIHave
                .newBuilder().setTopicID(TOPIC).addMessageIDs(unseen))));
        assertThat(sent).hasSize(iwantsBeforeFlood);
    }

    @Test
    void serves_an_iwant_from_the_cache_at_most_three_times_per_peer() {
        MessageId id = router.publish(TOPIC, "cached".getBytes(StandardCharsets.UTF_8));
        sent.clear();

        for (int i = 0; i < 5; i++) {
            router.handleRpc(sender, control(RpcProtos.ControlMessage.newBuilder()
                    .addIwant(RpcProtos.ControlIWant.newBuilder().addMessageIDs(id.bytes()))));
        }

        assertThat(sent.stream().filter(s -> s.rpc().getPublishCount() == 1)).hasSize(MessageCache.MAX_RETRANSMISSIONS);
    }

    @Test
    void forgets_cached_messages_after_mcache_len_heartbeats() {
        MessageId id = router.publish(TOPIC, "old".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < GossipsubConfig.defaults().mcacheLength(); i++) {
            router.heartbeat();
        }
        sent.clear();

        router.handleRpc(sender, control(RpcProtos.ControlMessage.newBuilder()
                .addIwant(RpcProtos.ControlIWant.newBuilder().addMessageIDs(id.bytes()))));

        assertThat(sent).isEmpty();
    }

    private RpcProtos.ControlPrune onlyPruneTo(PeerId peer) {
        List<RpcProtos.ControlPrune> prunes = sent.stream().filter(s -> s.to().equals(peer))
                .flatMap(s -> s.rpc().getControl().getPruneList().stream()).toList();
        assertThat(prunes).hasSize(1);
        return prunes.get(0);
    }

    static RpcProtos.Message signed(Ed25519KeyPair key, String data, long seqno) {
        RpcProtos.Message unsigned = RpcProtos.Message.newBuilder()
                .setFrom(ByteString.copyFrom(key.peerId().toBytes()))
                .setData(ByteString.copyFromUtf8(data))
                .setSeqno(ByteString.copyFrom(ByteBuffer.allocate(8).putLong(seqno).array()))
                .setTopic(TOPIC)
                .build();
        return MessageSigning.sign(unsigned, key);
    }

    private static RpcProtos.RPC publish(RpcProtos.Message message) {
        return RpcProtos.RPC.newBuilder().addPublish(message).build();
    }

    private static RpcProtos.RPC subscription(String topic) {
        return RpcProtos.RPC.newBuilder()
                .addSubscriptions(RpcProtos.RPC.SubOpts.newBuilder().setTopicid(topic).setSubscribe(true)).build();
    }

    private static RpcProtos.RPC control(RpcProtos.ControlMessage.Builder control) {
        return RpcProtos.RPC.newBuilder().setControl(control).build();
    }
}
