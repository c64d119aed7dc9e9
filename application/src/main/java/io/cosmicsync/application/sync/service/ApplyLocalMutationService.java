package io.cosmicsync.application.sync.service;

import io.cosmicsync.application.sync.port.in.ApplyLocalMutationCommand;
import io.cosmicsync.application.sync.port.in.ApplyLocalMutationUseCase;
import io.cosmicsync.application.sync.port.in.LocalMutationResult;
import io.cosmicsync.application.sync.port.in.Mutation;
import io.cosmicsync.application.sync.port.out.AppendChangesPort;
import io.cosmicsync.application.sync.port.out.ChangesCommittedPort;
import io.cosmicsync.application.sync.port.out.ChangesCommittedPort.CommittedChanges;
import io.cosmicsync.application.sync.port.out.LoadChangesPort;
import io.cosmicsync.application.sync.port.out.LoadDocumentPort;
import io.cosmicsync.application.sync.port.out.SaveDocumentPort;
import io.cosmicsync.application.common.port.out.TransactionPort;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.Document;
import io.cosmicsync.domain.sync.Hlc;
import io.cosmicsync.domain.sync.HybridLogicalClock;
import io.cosmicsync.domain.sync.OpStamp;
import io.cosmicsync.domain.sync.Operation;
import io.cosmicsync.domain.sync.PeerId;
import io.cosmicsync.domain.sync.ChangeId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Implements {@link ApplyLocalMutationUseCase}: one change per command, depending on the current heads. */
public final class ApplyLocalMutationService implements ApplyLocalMutationUseCase {
    private final PeerId self;
    private final HybridLogicalClock clock;
    private final LoadDocumentPort loadDocument;
    private final SaveDocumentPort saveDocument;
    private final LoadChangesPort loadChanges;
    private final AppendChangesPort appendChanges;
    private final TransactionPort transaction;
    private final ChangeAuthenticity authenticity;
    private final ChangesCommittedPort committed;

    /**
     * @param authenticity signs each change, in the change's transaction; the signature is logged with the change
     * @param committed    told about each change once it is committed
     */
    public ApplyLocalMutationService(PeerId self, HybridLogicalClock clock, LoadDocumentPort loadDocument,
                                     SaveDocumentPort saveDocument, LoadChangesPort loadChanges,
                                     AppendChangesPort appendChanges, TransactionPort transaction,
                                     ChangeAuthenticity authenticity, ChangesCommittedPort committed) {
        this.self = self;
        this.clock = clock;
        this.loadDocument = loadDocument;
        this.saveDocument = saveDocument;
        this.loadChanges = loadChanges;
        this.appendChanges = appendChanges;
        this.transaction = transaction;
        this.authenticity = authenticity;
        this.committed = committed;
    }

    @Override
    public LocalMutationResult applyLocalMutation(ApplyLocalMutationCommand command) {
        Map<ChangeId, byte[]> signature = new HashMap<>();
        LocalMutationResult result = transaction.inTransaction(() -> mutate(command, signature));
        if (result instanceof LocalMutationResult.Applied applied) {
            CommitNotifier.notify(committed, List.of(applied.change()), CommittedChanges.Origin.LOCAL, signature);
        }
        return result;
    }

    private LocalMutationResult mutate(ApplyLocalMutationCommand command, Map<ChangeId, byte[]> signature) {
        Document doc = loadDocument.loadDocument(command.document()).orElseGet(() -> Document.create(command.document()));
        if (doc.isDeleted()) {
            return new LocalMutationResult.Refused("document " + command.document() + " is deleted");
        }
        Optional<String> problem = MutationCheck.check(doc, command.mutations());
        if (problem.isPresent()) {
            return new LocalMutationResult.Refused(problem.get());
        }
        Hlc hlc = clock.now();
        OpStamp stamp = new OpStamp(hlc, self);
        List<Operation> ops = new ArrayList<>();
        for (Mutation m : command.mutations()) {
            Operation op = MutationTranslator.toOperation(doc, m, self);
            doc.apply(op, stamp);
            ops.add(op);
        }
        Change change = Change.create(self, hlc, loadChanges.heads(), ops);
        signature.clear();
        signature.put(change.id(), authenticity.signer().sign(change));
        saveDocument.saveDocument(new SaveDocumentPort.ChangedDocument(doc, hlc));
        appendChanges.appendChanges(List.of(change), signature);
        return new LocalMutationResult.Applied(change);
    }
}
