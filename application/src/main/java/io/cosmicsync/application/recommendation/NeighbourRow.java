package io.cosmicsync.application.recommendation;

import java.util.Objects;

/**
 * The nearest neighbours of one user in one mode, as positions into a {@link NeighbourTable}.
 *
 * @param neighbours positions in {@link NeighbourTable#users()}, best first
 * @param scores     the cosine similarity of each neighbour, in (0, 1], non-increasing
 * @param reasons    for each neighbour, positions in {@link NeighbourTable#vocabulary()}, strongest first
 */
public record NeighbourRow(int[] neighbours, float[] scores, int[][] reasons) {

    /** The row of a user with no neighbours. */
    public static final NeighbourRow EMPTY = new NeighbourRow(new int[0], new float[0], new int[0][]);

    public NeighbourRow {
        Objects.requireNonNull(neighbours, "neighbours");
        if (scores.length != neighbours.length || reasons.length != neighbours.length) {
            throw new IllegalArgumentException("neighbours, scores and reasons must have the same length");
        }
    }

    /** How many neighbours. */
    public int size() {
        return neighbours.length;
    }
}
