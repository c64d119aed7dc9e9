package io.cosmicsync.application.sync.service;

import io.cosmicsync.application.sync.port.out.ChangeSignaturesPort;
import io.cosmicsync.application.sync.port.out.SignChangePort;
import io.cosmicsync.application.sync.port.out.VerifyChangeSignaturePort;

/**
 * The ports that make changes authentic: local changes are signed when made, remote ones verified
 * before they are applied, and every signature is kept so changes can be relayed (a logged change's in the log,
 * a parked change's through {@code signatures}).
 *
 * @param signer     signs this node's changes
 * @param verifier   checks a change's signature against its author
 * @param signatures keeps parked changes' signatures and loads any change's
 */
public record ChangeAuthenticity(SignChangePort signer, VerifyChangeSignaturePort verifier, ChangeSignaturesPort signatures) {

    public ChangeAuthenticity {
        if (signer == null || verifier == null || signatures == null) {
            throw new IllegalArgumentException("signer, verifier and signatures are required");
        }
    }
}
