package io.cosmicsync.adapter.p2p.kad;

import io.cosmicsync.adapter.p2p.identity.PeerId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * One iterative FIND_NODE lookup. Candidates are kept sorted by XOR distance to the target; at most α requests
 * are in flight; every answer adds its closer peers as candidates; a peer that fails or times out is dropped.
 * The lookup ends when the k closest peers not known to have failed have all answered (or, in a network of
 * fewer than k peers, when nobody is left to ask), and completes with those peers, closest first.
 * Spec: https://github.com/libp2p/specs/blob/master/kad-dht/README.md#peer-routing
 */
final class PeerLookup {

    private enum State { CANDIDATE, WAITING, RESPONDED, FAILED }

    private record Candidate(KadPeer peer, KadKey key) {
    }

    private final byte[] targetKey;
    private final PeerId localPeer;
    private final int k;
    private final int alpha;
    private final KadTransport transport;
    private final Consumer<KadPeer> onResponded;
    private final Consumer<PeerId> onFailed;
    private final Comparator<KadKey> byDistance;
    private final List<Candidate> candidates = new ArrayList<>();
    private final Map<PeerId, State> states = new HashMap<>();
    private final CompletableFuture<List<KadPeer>> result = new CompletableFuture<>();
    private int inFlight;
    private int requests;

    PeerLookup(byte[] targetKey, PeerId localPeer, KadConfig config, KadTransport transport,
               Consumer<KadPeer> onResponded, Consumer<PeerId> onFailed) {
        this.targetKey = targetKey.clone();
        this.localPeer = localPeer;
        this.k = config.k();
        this.alpha = config.alpha();
        this.transport = transport;
        this.onResponded = onResponded;
        this.onFailed = onFailed;
        this.byDistance = KadKey.of(targetKey).byDistance();
    }

    CompletableFuture<List<KadPeer>> start(List<KadPeer> seeds) {
        synchronized (this) {
            seeds.forEach(this::offer);
        }
        step();
        return result;
    }

    /** @return requests sent so far, for tests and metrics */
    synchronized int requests() {
        return requests;
    }

    private void step() {
        List<KadPeer> next = new ArrayList<>();
        synchronized (this) {
            if (result.isDone()) {
                return;
            }
            List<Candidate> closest = candidates.stream()
                    .filter(c -> states.get(c.peer().id()) != State.FAILED).limit(k).toList();
            if (closest.stream().allMatch(c -> states.get(c.peer().id()) == State.RESPONDED)) {
                result.complete(closest.stream().map(Candidate::peer).toList());
                return;
            }
            for (Candidate c : closest) {
                if (inFlight >= alpha) {
                    break;
                }
                if (states.get(c.peer().id()) == State.CANDIDATE) {
                    states.put(c.peer().id(), State.WAITING);
                    inFlight++;
                    requests++;
                    next.add(c.peer());
                }
            }
        }
        next.forEach(this::query);
    }

    private void query(KadPeer peer) {
        CompletableFuture<List<KadPeer>> answer;
        try {
            answer = transport.request(peer, KadMessages.findNode(targetKey)).thenApply(KadMessages::closerPeers);
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        answer.whenComplete((closer, error) -> {
            synchronized (this) {
                inFlight--;
                if (error != null) {
                    states.put(peer.id(), State.FAILED);
                } else {
                    states.put(peer.id(), State.RESPONDED);
                    closer.forEach(this::offer);
                }
            }
            if (error != null) {
                onFailed.accept(peer.id());
            } else {
                onResponded.accept(peer);
            }
            step();
        });
    }

    private void offer(KadPeer peer) {
        if (peer.id().equals(localPeer) || states.containsKey(peer.id())) {
            return;
        }
        states.put(peer.id(), State.CANDIDATE);
        Candidate candidate = new Candidate(peer, KadKey.of(peer.id()));
        int index = 0;
        while (index < candidates.size() && byDistance.compare(candidates.get(index).key(), candidate.key()) < 0) {
            index++;
        }
        candidates.add(index, candidate);
    }
}
