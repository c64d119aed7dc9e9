package io.cosmicsync.application.sync.port.in;

/** The basis of anti-entropy: given a peer's version vector, the logged changes it has not seen. */
public interface ComputeMissingChangesUseCase {

    MissingChanges computeMissingChanges(ComputeMissingChangesCommand command);
}
