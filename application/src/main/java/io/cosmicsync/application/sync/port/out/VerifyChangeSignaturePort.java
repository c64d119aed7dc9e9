package io.cosmicsync.application.sync.port.out;

import io.cosmicsync.domain.sync.Change;

/**
 * Checks that a change was signed by its author: the author peer id names (or embeds) the public key.
 * Never throws for bad input: an unparsable author or a malformed signature is simply not valid.
 */
@FunctionalInterface
public interface VerifyChangeSignaturePort {

    boolean isSignedByAuthor(Change change, byte[] signature);
}
