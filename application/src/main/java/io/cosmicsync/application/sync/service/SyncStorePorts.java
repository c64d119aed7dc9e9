package io.cosmicsync.application.sync.service;

import io.cosmicsync.application.sync.port.out.AppendChangesPort;
import io.cosmicsync.application.sync.port.out.LoadChangesPort;
import io.cosmicsync.application.sync.port.out.LoadDocumentPort;
import io.cosmicsync.application.sync.port.out.PendingChangesPort;
import io.cosmicsync.application.sync.port.out.SaveDocumentPort;
import io.cosmicsync.application.common.port.out.TransactionPort;

/**
 * The outgoing ports remote-change application needs, bundled to keep constructors short.
 *
 * @param loadDocument  loads documents
 * @param saveDocument  stores documents
 * @param loadChanges   reads the change log
 * @param appendChanges appends to the change log
 * @param pending       the causal buffer's storage
 * @param transaction   the unit of work
 */
public record SyncStorePorts(LoadDocumentPort loadDocument, SaveDocumentPort saveDocument, LoadChangesPort loadChanges,
                             AppendChangesPort appendChanges, PendingChangesPort pending, TransactionPort transaction) {

    public SyncStorePorts {
        if (loadDocument == null || saveDocument == null || loadChanges == null || appendChanges == null
                || pending == null || transaction == null) {
            throw new IllegalArgumentException("every port is required");
        }
    }
}
