package io.cosmicsync.application.sync.service;

import io.cosmicsync.application.sync.port.in.ComputeMissingChangesCommand;
import io.cosmicsync.application.sync.port.in.ComputeMissingChangesUseCase;
import io.cosmicsync.application.sync.port.in.MissingChanges;
import io.cosmicsync.application.sync.port.out.LoadChangesPort;
import io.cosmicsync.application.sync.port.out.SaveReplicaVectorPort;
import io.cosmicsync.application.sync.port.out.LoadChangesPort.SequencedChange;
import java.util.List;

/**
 * Implements {@link ComputeMissingChangesUseCase} from the change log, one page at a time; each page starts after
 * the log position where the one before ended, so a catch-up reads each row of the log once, with the changes'
 * signatures; the changes are passed on as stored, not decoded. An identified asker's vector is recorded first ({@link SaveReplicaVectorPort}): it is what that replica
 * has seen, the input of compaction.
 */
public final class ComputeMissingChangesService implements ComputeMissingChangesUseCase {
    private final LoadChangesPort loadChanges;
    private final SaveReplicaVectorPort saveReplicaVector;

    public ComputeMissingChangesService(LoadChangesPort loadChanges, SaveReplicaVectorPort saveReplicaVector) {
        this.loadChanges = loadChanges;
        this.saveReplicaVector = saveReplicaVector;
    }

    @Override
    public MissingChanges computeMissingChanges(ComputeMissingChangesCommand command) {
        if (command.peer() != null) {
            saveReplicaVector.saveReplicaVector(command.peer(), command.peerVector());
        }
        List<SequencedChange> page = loadChanges.loadChangesAfter(command.afterSeq(), command.peerVector(),
                (int) Math.min(Integer.MAX_VALUE, command.maxChanges() + 1L));
        boolean more = page.size() > command.maxChanges();
        boolean incomplete = !command.peerVector().dominates(loadChanges.prunedVector());
        List<SequencedChange> sent = more ? page.subList(0, command.maxChanges()) : page;
        long nextAfterSeq = sent.isEmpty() ? command.afterSeq() : sent.get(sent.size() - 1).seq();
        return new MissingChanges(sent, more, incomplete, nextAfterSeq);
    }
}
