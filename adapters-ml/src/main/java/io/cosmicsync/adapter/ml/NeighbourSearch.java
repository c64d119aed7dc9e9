package io.cosmicsync.adapter.ml;

import io.cosmicsync.application.recommendation.ProgressListener;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Top-k cosine neighbours of every query row among the database rows (both L2-normalized
 * {@link SparseRows}), on all cores. Exact below {@link BlockingSettings#exactBelow()} database rows,
 * else over the candidates {@link CandidateBlocks} proposes. Only positive scores count; a query never
 * finds itself when {@code excludeSelf} (same row number in both). Deterministic.
 */
final class NeighbourSearch {

    private static final int REPORT_EVERY = 4_096;

    /**
     * The result: for query row {@code q}, {@code indices[q]} (database rows, best first) and {@code scores[q]}.
     */
    record Result(int[][] indices, float[][] scores) {
    }

    private NeighbourSearch() {
    }

    static Result search(SparseRows queries, SparseRows database, int k, boolean excludeSelf,
                         BlockingSettings settings, ProgressListener progress, String stage) {
        return search(queries, database, k, excludeSelf, settings, progress, stage, CandidateBlocks.DENSE_BUDGET);
    }

    /** As above; {@code denseBudget} 0 forces the sparse scan (for tests). */
    static Result search(SparseRows queries, SparseRows database, int k, boolean excludeSelf,
                         BlockingSettings settings, ProgressListener progress, String stage, long denseBudget) {
        if (queries.columns != database.columns) {
            throw new IllegalArgumentException("queries and database must share their columns");
        }
        int n = queries.rows();
        int[][] indices = new int[n][];
        float[][] scores = new float[n][];
        CandidateBlocks blocks = database.rows() < settings.exactBelow()
                ? CandidateBlocks.single(database, settings, denseBudget)
                : CandidateBlocks.fit(database, settings, denseBudget);
        AtomicLong done = new AtomicLong();
        progress.report(stage, 0, n);
        ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(
                () -> new Scratch(Math.max(queries.columns, database.columns), k, blocks));
        IntStream.range(0, n).parallel().forEach(q -> {
            Scratch work = scratch.get();
            work.top.clear();
            if (queries.nonZeros(q) > 0) {
                queries.scatter(q, work.query);
                for (int block : blocks.probe(queries, q, work.centroidScores)) {
                    float[] dense = blocks.dense(block);
                    if (dense != null) {
                        scanDense(dense, blocks.members(block), queries, q, excludeSelf, work);
                    } else {
                        scan(blocks.rows(block), blocks.members(block), q, excludeSelf, work);
                    }
                }
                queries.clear(q, work.query);
            }
            indices[q] = work.top.indices();
            scores[q] = work.top.scores();
            long finished = done.incrementAndGet();
            if (finished % REPORT_EVERY == 0) {
                progress.report(stage, finished, n);
            }
        });
        progress.report(stage, n, n);
        return new Result(indices, scores);
    }

    /**
     * Scores a whole block at once: for each of the query's columns, a multiply-add over the block's
     * contiguous column (vectorized by the JIT). Same sums, in the same column order, as {@link #scan}.
     */
    private static void scanDense(float[] dense, int[] members, SparseRows queries, int q, boolean excludeSelf,
                                  Scratch work) {
        int n = members.length;
        float[] scores = work.blockScores;
        java.util.Arrays.fill(scores, 0, n, 0f);
        for (int i = queries.start[q]; i < queries.start[q + 1]; i++) {
            float weight = queries.vals[i];
            int base = queries.cols[i] * n;
            for (int r = 0; r < n; r++) {
                scores[r] += weight * dense[base + r];
            }
        }
        for (int r = 0; r < n; r++) {
            if (scores[r] > 0f && !(excludeSelf && members[r] == q)) {
                work.top.offer(Math.min(scores[r], 1f), members[r]);
            }
        }
    }

    private static void scan(SparseRows block, int[] members, int q, boolean excludeSelf, Scratch work) {
        for (int i = 0; i < members.length; i++) {
            float score = block.dot(i, work.query);
            if (score > 0f && !(excludeSelf && members[i] == q)) {
                work.top.offer(Math.min(score, 1f), members[i]);
            }
        }
    }

    /** Per-thread work arrays. */
    private static final class Scratch {
        final float[] query;
        final float[] centroidScores;
        final float[] blockScores;
        final TopK top;

        Scratch(int columns, int k, CandidateBlocks blocks) {
            this.query = new float[columns];
            this.centroidScores = new float[blocks.size()];
            this.blockScores = new float[blocks.largest()];
            this.top = new TopK(k);
        }
    }
}
