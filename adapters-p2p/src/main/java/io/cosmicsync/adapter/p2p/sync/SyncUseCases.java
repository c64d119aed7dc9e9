package io.cosmicsync.adapter.p2p.sync;

import io.cosmicsync.application.sync.port.in.ApplyRemoteChangesUseCase;
import io.cosmicsync.application.sync.port.in.ComputeMissingChangesUseCase;
import io.cosmicsync.application.sync.port.in.ReadSyncStateUseCase;
import io.cosmicsync.application.sync.port.out.VerifyChangeSignaturePort;

/**
 * What the sync protocol needs from the application.
 *
 * @param applyRemote    applies received changes (verifying signatures again, in the transaction)
 * @param computeMissing answers anti-entropy requests
 * @param readState      this node's version vector and scopes
 * @param verifier       checks signatures early, in the gossip validator, so bad messages are not forwarded
 */
public record SyncUseCases(ApplyRemoteChangesUseCase applyRemote, ComputeMissingChangesUseCase computeMissing,
                           ReadSyncStateUseCase readState, VerifyChangeSignaturePort verifier) {
}
