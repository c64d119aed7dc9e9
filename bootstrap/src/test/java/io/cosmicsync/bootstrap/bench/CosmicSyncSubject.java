package io.cosmicsync.bootstrap.bench;

import io.cosmicsync.application.sync.trace.EditingTrace;
import io.cosmicsync.application.sync.trace.TraceReplayer;
import io.cosmicsync.domain.text.CollaborativeText;
import io.cosmicsync.domain.text.TextCodec;

/**
 * This project's RGA text ({@link CollaborativeText}): edits through {@link TraceReplayer} (each patch a
 * local insert/delete producing the op a node would ship), saved with {@link TextCodec#encodeState}.
 */
final class CosmicSyncSubject implements TextSubject<CollaborativeText> {

    @Override
    public String name() {
        return "cosmicsync";
    }

    @Override
    public CollaborativeText apply(EditingTrace trace) {
        return TraceReplayer.replay(trace).replicas().get(0);
    }

    @Override
    public byte[] save(CollaborativeText document) {
        return TextCodec.encodeState(document);
    }

    @Override
    public CollaborativeText load(byte[] bytes) {
        return TextCodec.decodeState(bytes);
    }

    @Override
    public String content(CollaborativeText document) {
        return document.content();
    }
}
