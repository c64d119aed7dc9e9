package io.cosmicsync.application.sync.trace;

import java.util.List;

/**
 * One transaction of an editing trace: the patches one agent applied together, in order.
 *
 * @param agent   index of the typing agent (0 for sequential traces)
 * @param parents indexes of earlier transactions this one was typed on top of; for sequential traces,
 *                empty (meaning "after the previous transaction")
 * @param patches the splices, applied one after another
 */
public record TraceTransaction(int agent, List<Integer> parents, List<TracePatch> patches) {

    public TraceTransaction {
        if (agent < 0) {
            throw new IllegalArgumentException("agent must be >= 0");
        }
        parents = List.copyOf(parents);
        patches = List.copyOf(patches);
    }
}
