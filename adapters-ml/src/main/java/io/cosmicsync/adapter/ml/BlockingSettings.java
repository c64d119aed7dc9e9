package io.cosmicsync.adapter.ml;

/**
 * How the neighbour search narrows the candidates (see {@link CandidateBlocks}).
 *
 * @param exactBelow    with fewer database rows than this, every row is a candidate (exact search)
 * @param clusters      k-means clusters (blocks)
 * @param sampleSize    rows k-means is fitted on (a seeded sample; all rows are then assigned)
 * @param iterations    at most this many k-means (Lloyd) iterations
 * @param minCandidates a query scans its nearest blocks until it has at least this many candidates
 * @param maxProbes     but never more than this many blocks
 * @param seed          seeds the sample and k-means++, so runs are repeatable
 */
public record BlockingSettings(int exactBelow, int clusters, int sampleSize, int iterations, int minCandidates,
                               int maxProbes, long seed) {

    /** Measured on the 88,883-person survey: see docs/performance.md. */
    public static final BlockingSettings DEFAULT = new BlockingSettings(5_000, 128, 4_000, 10, 2_000, 16, 20_190_101L);

    public BlockingSettings {
        if (exactBelow < 0 || clusters < 2 || sampleSize < clusters || iterations < 1 || minCandidates < 1
                || maxProbes < 1) {
            throw new IllegalArgumentException("invalid blocking settings");
        }
    }
}
