package io.cosmicsync.adapter.p2p.sync;

import io.cosmicsync.adapter.p2p.framing.VarintFrameDecoder;
import io.cosmicsync.adapter.p2p.framing.VarintFrameEncoder;
import io.cosmicsync.adapter.p2p.gossipsub.GossipsubRouter;
import io.cosmicsync.adapter.p2p.gossipsub.MessageId;
import io.cosmicsync.adapter.p2p.gossipsub.PubsubMessage;
import io.cosmicsync.adapter.p2p.identity.PeerId;
import io.cosmicsync.adapter.p2p.node.P2pNode;
import io.cosmicsync.adapter.p2p.transport.Connection;
import io.cosmicsync.adapter.p2p.transport.ConnectionListener;
import io.cosmicsync.adapter.p2p.transport.Host;
import io.cosmicsync.application.sync.port.in.ApplyRemoteChangesCommand;
import io.cosmicsync.application.sync.port.in.RemoteChangesResult;
import io.cosmicsync.application.sync.port.out.ChangesCommittedPort;
import io.cosmicsync.application.sync.port.out.ChangesCommittedPort.CommittedChanges;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.ChangeId;
import io.cosmicsync.domain.sync.Operation;
import io.cosmicsync.domain.sync.VersionVector;
import io.netty.buffer.Unpooled;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this node's data in sync with its peers (docs/p2p-sync.md):
 * <ul>
 *   <li><b>live</b>: each local change is published, signed, on the gossipsub topic of every scope it
 *   touches ({@link SyncTopics}); the first change of a scope also goes to the directory topic, so peers
 *   start following the scope. Received messages are decoded and every signature verified in the topic
 *   validator (invalid ones are rejected, counted, logged and not forwarded), then applied in order on one
 *   thread, those that arrived while it was busy together ({@link GossipInbox});</li>
 *   <li><b>anti-entropy</b> ({@code /cosmicsync/sync/1.0.0}, {@link SyncFrames}): on every new connection,
 *   every {@code antiEntropyInterval}, and whenever a received change waits for dependencies, this node
 *   sends its version vector and applies the compressed batches the peer streams back (their signatures checked
 *   as they arrive; the batches that waited for the applier in one transaction), so an interrupted catch-up
 *   resumes from what was applied.</li>
 * </ul>
 * Installed once per {@link P2pNode}; {@link #close()} stops its threads.
 */
public final class PeerSync implements ChangesCommittedPort, ConnectionListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PeerSync.class);
    private static final Duration FIRST_CATCH_UP_DELAY = Duration.ofMillis(200);
    private static final Duration CATCH_UP_TIMEOUT = Duration.ofMinutes(10);

    private final Host host;
    private final GossipsubRouter router;
    private final SyncUseCases useCases;
    private final int batchSize;
    private final SyncStats stats = new SyncStats();
    private final ExecutorService applier = Executors.newSingleThreadExecutor(daemon("cosmicsync-sync-apply"));
    private final ExecutorService verifier = Executors.newSingleThreadExecutor(daemon("cosmicsync-sync-verify"));
    private final ExecutorService publisher = Executors.newSingleThreadExecutor(daemon("cosmicsync-sync-publish"));
    private final ExecutorService server = Executors.newFixedThreadPool(2, daemon("cosmicsync-sync-serve"));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("cosmicsync-sync-timer"));
    private final Set<String> followed = ConcurrentHashMap.newKeySet();
    private final Set<String> announced = ConcurrentHashMap.newKeySet();
    private final Map<PeerId, CatchUpState> catchUps = new ConcurrentHashMap<>();
    private final GossipInbox<ValidatedGossip> gossip = new GossipInbox<>(applier, this::applyGossip);
    /** Batches the validator decoded, taken by the handler the router calls next for the same message. */
    private final Map<MessageId, SignedChangeBatch> validated = new ConcurrentHashMap<>();

    private PeerSync(Host host, GossipsubRouter router, SyncUseCases useCases, int batchSize) {
        this.host = host;
        this.router = router;
        this.useCases = useCases;
        this.batchSize = batchSize;
    }

    /**
     * Serves the sync protocol on the node, follows the directory topic and every scope this node holds,
     * and starts anti-entropy with each peer on connection and every {@code antiEntropyInterval}.
     *
     * @param batchSize changes per anti-entropy batch, 1..{@link SignedChangeBatch#MAX_CHANGES}
     */
    public static PeerSync install(P2pNode node, SyncUseCases useCases, Duration antiEntropyInterval, int batchSize) {
        if (batchSize < 1 || batchSize > SignedChangeBatch.MAX_CHANGES) {
            throw new IllegalArgumentException("batch size must be 1.." + SignedChangeBatch.MAX_CHANGES + ", got " + batchSize);
        }
        PeerSync sync = new PeerSync(node.host(), node.gossipsub().router(), useCases, batchSize);
        node.host().handle(SyncFrames.PROTOCOL_ID, (stream, id) -> stream.pipeline().addLast(
                new VarintFrameDecoder(SyncFrames.MAX_FRAME_BYTES), new VarintFrameEncoder(SyncFrames.MAX_FRAME_BYTES),
                new AntiEntropyResponder(useCases.computeMissing(), Connection.of(stream).remotePeer(), sync.server, sync.stats)));
        sync.followTopic(SyncTopics.DIRECTORY);
        useCases.readState().readSyncState().scopes().forEach(sync::follow);
        node.host().addConnectionListener(sync);
        // The node dials its bootstrap peers as it starts, possibly before this listener was added.
        node.host().connectedPeers().forEach(peer -> sync.timer.schedule(() -> sync.catchUp(peer),
                FIRST_CATCH_UP_DELAY.toMillis(), TimeUnit.MILLISECONDS));
        long interval = antiEntropyInterval.toMillis();
        sync.timer.scheduleWithFixedDelay(() -> node.host().connectedPeers().forEach(sync::catchUp),
                interval, interval, TimeUnit.MILLISECONDS);
        return sync;
    }

    /** Counters since start. */
    public SyncStats stats() {
        return stats;
    }

    /** The scopes whose topics this node follows. */
    public Set<String> followedScopes() {
        return Set.copyOf(followed);
    }

    @Override
    public void connected(Connection connection) {
        timer.schedule(() -> catchUp(connection.remotePeer()), FIRST_CATCH_UP_DELAY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Follows the scopes of committed changes (after a remote change opens a new scope, catches up with the
     * connected peers: what was published on that topic before this node joined it never arrived); publishes
     * local changes. Returns at once.
     */
    @Override
    public void changesCommitted(CommittedChanges committed) {
        boolean newScope = false;
        for (Change change : committed.changes()) {
            for (Operation operation : change.operations()) {
                newScope |= follow(operation.document().scope());
            }
        }
        if (newScope && committed.origin() == CommittedChanges.Origin.REMOTE && !timer.isShutdown()) {
            // Changes published on the scope's topic before this node joined it never reached us.
            timer.schedule(() -> host.connectedPeers().forEach(this::catchUp), FIRST_CATCH_UP_DELAY.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        if (committed.origin() == CommittedChanges.Origin.LOCAL) {
            publisher.execute(() -> publish(committed));
        }
    }

    /**
     * Runs anti-entropy with {@code peer} now (or again right after the round in progress). Failures are
     * logged; the next round retries.
     */
    public void catchUp(PeerId peer) {
        CatchUpState state = catchUps.computeIfAbsent(peer, p -> new CatchUpState());
        if (!state.running.compareAndSet(false, true)) {
            state.again.set(true);
            return;
        }
        state.again.set(false);
        VersionVector vector;
        try {
            vector = useCases.readState().readSyncState().versionVector();
        } catch (RuntimeException e) {
            state.running.set(false);
            LOG.warn("anti-entropy with {} not started: {}", peer, e.toString());
            return;
        }
        AntiEntropyRequester requester = new AntiEntropyRequester(peer, this::verifyAhead,
                batches -> apply(batches, peer), applier, stats);
        requester.run(host, vector, batchSize)
                .orTimeout(CATCH_UP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((done, failure) -> {
                    state.running.set(false);
                    if (failure != null) {
                        LOG.debug("anti-entropy with {} stopped: {}", peer, failure.toString());
                    } else {
                        stats.catchUps.incrementAndGet();
                        LOG.debug("anti-entropy with {} done, asked with {}", peer, vector);
                    }
                    if (state.again.get() && !timer.isShutdown()) {
                        timer.execute(() -> catchUp(peer));
                    }
                });
    }

    /** Subscribes to the scope's topic; true when this node did not follow it yet. */
    private boolean follow(String scope) {
        if (!followed.add(scope)) {
            return false;
        }
        followTopic(SyncTopics.ofScope(scope));
        return true;
    }

    private void followTopic(String topic) {
        router.setValidator(topic, this::isValid);
        router.subscribe(topic, message -> {
            SignedChangeBatch batch = validated.remove(message.id());
            gossip.add(new ValidatedGossip(batch != null ? batch : SignedChangeBatch.decode(message.data()), message.receivedFrom()));
        });
    }

    private void publish(CommittedChanges committed) {
        for (Change change : committed.changes()) {
            byte[] signature = committed.signatures().get(change.id());
            if (signature == null) {
                LOG.warn("change {} has no signature; peers will get it by anti-entropy only if it gets one", change.id());
                continue;
            }
            byte[] message = new SignedChangeBatch(List.of(change), Map.of(change.id(), signature)).encode();
            for (String scope : scopesOf(change)) {
                publishQuietly(SyncTopics.ofScope(scope), message);
                if (announced.add(scope)) {
                    publishQuietly(SyncTopics.DIRECTORY, message);
                }
            }
            stats.changesPublished.incrementAndGet();
        }
    }

    private void publishQuietly(String topic, byte[] message) {
        try {
            router.publish(topic, message);
        } catch (RuntimeException e) {
            LOG.warn("could not publish on {}: {}", topic, e.getMessage());
        }
    }

    /** The gossip validator: decodes and checks every signature; runs under the router's lock. */
    private boolean isValid(PubsubMessage message) {
        SignedChangeBatch batch;
        try {
            batch = SignedChangeBatch.decode(message.data());
        } catch (RuntimeException e) {
            stats.malformedInputs.incrementAndGet();
            LOG.warn("rejected a malformed message on {} from {}: {}", message.topic(), message.receivedFrom(), e.getMessage());
            return false;
        }
        for (Change change : batch.changes()) {
            if (!useCases.verifier().isSignedByAuthor(change, batch.signatures().get(change.id()))) {
                stats.changesRejected.incrementAndGet();
                LOG.warn("rejected change {} on {} from {}: not signed by its author {}", change.id(), message.topic(),
                        message.receivedFrom(), change.author().value());
                return false;
            }
        }
        validated.put(message.id(), batch);
        return true;
    }

    /** A gossiped batch that passed the validator, and the peer it came from. */
    private record ValidatedGossip(SignedChangeBatch batch, PeerId from) {
    }

    /** Applies validated messages in one call; catches up with the senders of changes that wait. */
    private void applyGossip(List<ValidatedGossip> messages) {
        Map<ChangeId, PeerId> senders = new HashMap<>();
        for (ValidatedGossip message : messages) {
            message.batch().changes().forEach(c -> senders.putIfAbsent(c.id(), message.from()));
        }
        RemoteChangesResult result = apply(messages.stream().map(ValidatedGossip::batch).toList(),
                messages.size() == 1 ? messages.get(0).from() : "gossip");
        if (result != null) {
            result.waiting().keySet().stream().map(senders::get).filter(Objects::nonNull).distinct()
                    .forEach(peer -> timer.execute(() -> catchUp(peer)));
        }
    }

    /**
     * Checks a received batch's signatures while earlier batches are applied: the signer remembers what verified, so
     * the apply's own check of the same signatures is a look-up. Best effort: what is not checked yet is checked then.
     */
    private void verifyAhead(SignedChangeBatch batch) {
        try {
            verifier.execute(() -> useCases.verifier().signedByAuthor(batch.changes(), batch.signatures()));
        } catch (RejectedExecutionException closing) {
            // the apply checks them
        }
    }

    /** Applies received batches, in order, in one call on the applier thread; never throws. {@code from} names the source in logs. */
    private RemoteChangesResult apply(List<SignedChangeBatch> batches, Object from) {
        List<Change> changes = new ArrayList<>();
        Map<ChangeId, byte[]> signatures = new HashMap<>();
        for (SignedChangeBatch batch : batches) {
            changes.addAll(batch.changes());
            signatures.putAll(batch.signatures());
        }
        if (changes.isEmpty()) {
            return null;
        }
        try {
            RemoteChangesResult result = useCases.applyRemote().applyRemoteChanges(new ApplyRemoteChangesCommand(changes, signatures));
            stats.changesApplied.addAndGet(result.applied().size());
            stats.changesRejected.addAndGet(result.rejected().size());
            result.rejected().forEach((id, reason) -> LOG.warn("rejected change {} from {}: {}", id, from, reason));
            if (LOG.isDebugEnabled()) {
                LOG.debug("from {}: {} changes, applied {}, duplicates {}, waiting {}", from, changes.size(),
                        result.applied(), result.duplicates().size(), result.waiting());
            }
            return result;
        } catch (RuntimeException e) {
            stats.changesRejected.addAndGet(changes.size());
            LOG.warn("could not apply {} changes from {}: {}", changes.size(), from, e.toString());
            return null;
        }
    }

    private static Set<String> scopesOf(Change change) {
        return change.operations().stream().map(Operation::document).map(d -> d.scope())
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    @Override
    public void close() {
        timer.shutdownNow();
        verifier.shutdownNow();
        publisher.shutdownNow();
        server.shutdownNow();
        applier.shutdownNow();
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static final class CatchUpState {
        final AtomicBoolean running = new AtomicBoolean();
        final AtomicBoolean again = new AtomicBoolean();
    }
}
