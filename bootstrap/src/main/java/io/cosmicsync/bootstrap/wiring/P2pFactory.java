package io.cosmicsync.bootstrap.wiring;

import io.cosmicsync.adapter.p2p.identity.Ed25519KeyPair;
import io.cosmicsync.adapter.p2p.identity.IdentityKeyStore;
import io.cosmicsync.adapter.p2p.multiformats.Multiaddr;
import io.cosmicsync.adapter.p2p.node.P2pNode;
import io.cosmicsync.adapter.p2p.node.P2pSettings;
import io.cosmicsync.application.node.port.out.LoadNetworkSnapshotPort;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import io.cosmicsync.adapter.p2p.sync.Ed25519ChangeSigner;
import io.cosmicsync.adapter.p2p.sync.PeerSync;
import io.cosmicsync.adapter.p2p.sync.SyncUseCases;
import io.cosmicsync.application.sync.port.in.ApplyRemoteChangesUseCase;
import io.cosmicsync.application.sync.port.in.ComputeMissingChangesUseCase;
import io.cosmicsync.application.sync.port.in.ReadSyncStateUseCase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The node's identity and its peer-to-peer stack.
 *
 * <p>Configuration: {@code cosmicsync.data-dir} holds the identity key ({@code identity.key}, created on the
 * first start; without a data directory, as in tests, the identity lives only in memory);
 * {@code cosmicsync.p2p.enabled} (default false; the launcher turns it on), {@code cosmicsync.p2p.bind}
 * (default 127.0.0.1), {@code cosmicsync.p2p.port} (default 4001, 0 = any free port),
 * {@code cosmicsync.p2p.bootstrap} (multiaddrs with {@code /p2p/<peer id>}),
 * {@code cosmicsync.p2p.ping-interval} (15s), {@code cosmicsync.p2p.max-backoff} (60s) and
 * {@code cosmicsync.p2p.kad-prefix} (/ipfs: the Kademlia protocol is {@code <prefix>/kad/1.0.0}).
 */
@Factory
public class P2pFactory {

    /** The node's Ed25519 identity, whose peer id names it on the network and authors its changes. */
    @Singleton
    Ed25519KeyPair nodeIdentity(@Value("${cosmicsync.data-dir:}") String dataDir) {
        return dataDir.isBlank() ? Ed25519KeyPair.generate() : new IdentityKeyStore(Path.of(dataDir)).loadOrCreate();
    }

    /** The running peer-to-peer node; started with the context, closed with it. */
    @Context
    @Bean(preDestroy = "close")
    @Requires(property = "cosmicsync.p2p.enabled", value = "true")
    P2pNode p2pNode(Ed25519KeyPair nodeIdentity,
                    @Value("${cosmicsync.p2p.bind:127.0.0.1}") String bind,
                    @Value("${cosmicsync.p2p.port:4001}") int port,
                    @Value("${cosmicsync.p2p.bootstrap:}") List<String> bootstrap,
                    @Value("${cosmicsync.p2p.ping-interval:15s}") Duration pingInterval,
                    @Value("${cosmicsync.p2p.max-backoff:60s}") Duration maxBackoff,
                    @Value("${cosmicsync.p2p.kad-prefix:/ipfs}") String kadPrefix) {
        List<Multiaddr> peers = bootstrap.stream().filter(text -> !text.isBlank()).map(P2pFactory::bootstrapAddress)
                .toList();
        Multiaddr listen = Multiaddr.parse((bind.contains(":") ? "/ip6/" : "/ip4/") + bind + "/tcp/" + port);
        return P2pNode.start(nodeIdentity,
                new P2pSettings(listen, peers, pingInterval, maxBackoff, "cosmicsync/" + Versions.current(), kadPrefix));
    }

    /**
     * Sync with peers over the running node: gossip per scope and anti-entropy (docs/p2p-sync.md). A
     * {@link io.cosmicsync.application.sync.port.out.ChangesCommittedPort}, so the sync use cases tell it
     * what they commit. {@code cosmicsync.p2p.anti-entropy-interval} (default 30s) spaces the periodic
     * rounds with each connected peer; {@code cosmicsync.p2p.sync-batch-size} (default 500) is the number
     * of changes per anti-entropy batch.
     */
    @Context
    @Bean(preDestroy = "close")
    @Requires(property = "cosmicsync.p2p.enabled", value = "true")
    PeerSync peerSync(P2pNode node, ApplyRemoteChangesUseCase applyRemote, ComputeMissingChangesUseCase computeMissing,
                      ReadSyncStateUseCase readState, Ed25519ChangeSigner verifier,
                      @Value("${cosmicsync.p2p.anti-entropy-interval:30s}") Duration antiEntropyInterval,
                      @Value("${cosmicsync.p2p.sync-batch-size:500}") int batchSize) {
        return PeerSync.install(node, new SyncUseCases(applyRemote, computeMissing, readState, verifier),
                antiEntropyInterval, batchSize);
    }

    /** Network state for the status endpoint: the running node's, or none when peer-to-peer is off. */
    @Singleton
    @Requires(property = "cosmicsync.p2p.enabled", value = "true")
    LoadNetworkSnapshotPort runningNetwork(P2pNode node) {
        return node;
    }

    /** No peer-to-peer stack: the status endpoint says so instead of inventing fields. */
    @Singleton
    @Requires(property = "cosmicsync.p2p.enabled", notEquals = "true")
    LoadNetworkSnapshotPort noNetwork() {
        return Optional::empty;
    }

    private static Multiaddr bootstrapAddress(String text) {
        try {
            return Multiaddr.parse(text.trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("bootstrap address '" + text + "' is not usable: " + e.getMessage(), e);
        }
    }
}
