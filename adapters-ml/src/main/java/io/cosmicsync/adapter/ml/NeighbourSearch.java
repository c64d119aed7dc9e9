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
        int n = queries.rows();
        int[][] indices = new int[n][];
        float[][] scores = new float[n][];
        CandidateBlocks blocks = database.rows() < settings.exactBelow() ? CandidateBlocks.single(database, settings)
                : CandidateBlocks.fit(database, settings);
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
                    scan(blocks.rows(block), blocks.members(block), q, excludeSelf, work);
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
        final TopK top;

        Scratch(int columns, int k, CandidateBlocks blocks) {
            this.query = new float[columns];
            this.centroidScores = new float[blocks.size()];
            this.top = new TopK(k);
        }
    }
}
