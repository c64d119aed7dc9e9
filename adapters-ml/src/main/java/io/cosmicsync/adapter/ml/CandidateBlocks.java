package io.cosmicsync.adapter.ml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import smile.clustering.KMeans;
import smile.math.MathEx;

/**
 * Blocking for approximate nearest-neighbour search: cuts the database rows into blocks with Smile's
 * k-means (Lloyd's algorithm with k-means++ seeding) and lets a query scan only the blocks whose
 * centroids are nearest to it ("multi-probe", as in IVF indexes: Jégou, Douze and Schmid, <i>Product
 * quantization for nearest neighbor search</i>, TPAMI 2011, §4 inverted file).
 *
 * <p>Why: the survey's vocabulary is small and its popular tags are shared by most people, so an
 * inverted index over tags touches almost all pairs (quadratic), while a block scan costs
 * {@code O(candidates × nnz)} per query. K-means is fitted on a seeded sample of rows (dense, unit
 * length, so squared Euclidean distance ranks like cosine); every row is then assigned to its nearest
 * centroid. Deterministic for a given seed.
 */
final class CandidateBlocks {

    /** Dense copies of the blocks are made up to this many floats in total (256 MiB). */
    static final long DENSE_BUDGET = 64L << 20;

    private final int[][] members;
    private final SparseRows[] rows;
    private final float[][] dense;
    private final float[][] centroidsByColumn;
    private final int clusters;
    private final BlockingSettings settings;

    private CandidateBlocks(SparseRows database, int[][] members, float[][] centroidsByColumn,
                            BlockingSettings settings, long denseBudget) {
        this.members = members;
        this.rows = new SparseRows[members.length];
        boolean denseFits = (long) database.columns * database.rows() <= denseBudget;
        this.dense = denseFits ? new float[members.length][] : null;
        for (int c = 0; c < members.length; c++) {
            rows[c] = database.subset(members[c]);
            if (denseFits) {
                dense[c] = rows[c].columnMajor();
            }
        }
        this.centroidsByColumn = centroidsByColumn;
        this.clusters = members.length;
        this.settings = settings;
    }

    /** One block holding every non-empty row: exact search, no clustering. */
    static CandidateBlocks single(SparseRows database, BlockingSettings settings, long denseBudget) {
        int[][] members = {nonEmptyRows(database)};
        return new CandidateBlocks(database, members, new float[database.columns][1], settings, denseBudget);
    }

    /**
     * Fits the blocks on {@code database}'s non-empty rows.
     *
     * @param denseBudget make dense copies of the blocks when they hold at most this many floats in total
     */
    static CandidateBlocks fit(SparseRows database, BlockingSettings settings, long denseBudget) {
        int[] nonEmpty = nonEmptyRows(database);
        int k = Math.min(settings.clusters(), Math.max(2, nonEmpty.length / 4));
        double[][] sample = sample(database, nonEmpty, settings);
        MathEx.setSeed(settings.seed());
        KMeans kmeans = KMeans.lloyd(sample, k, settings.iterations(), 1e-4);
        float[][] byColumn = new float[database.columns][kmeans.centroids.length];
        for (int c = 0; c < kmeans.centroids.length; c++) {
            double[] centroid = kmeans.centroids[c];
            double norm = Math.sqrt(MathEx.dot(centroid, centroid));
            for (int column = 0; column < database.columns; column++) {
                byColumn[column][c] = norm > 0 ? (float) (centroid[column] / norm) : 0f;
            }
        }
        int[][] members = assign(database, nonEmpty, byColumn, kmeans.centroids.length);
        return new CandidateBlocks(database, members, byColumn, settings, denseBudget);
    }

    /**
     * The block's rows as a dense column-major matrix ({@code [column * size + row]}), or null when the
     * vocabulary is too large for dense copies ({@link #DENSE_BUDGET}): then scan {@link #rows(int)}.
     */
    float[] dense(int cluster) {
        return dense == null ? null : dense[cluster];
    }

    /** The size of the largest block. */
    int largest() {
        int largest = 0;
        for (int[] block : members) {
            largest = Math.max(largest, block.length);
        }
        return largest;
    }

    /** The number of blocks. */
    int size() {
        return clusters;
    }

    /** The database row numbers of the block {@code cluster}. */
    int[] members(int cluster) {
        return members[cluster];
    }

    /**
     * The block's rows, copied next to each other (row {@code i} is database row {@code members(cluster)[i]}):
     * scanning a block reads memory sequentially instead of jumping across the whole matrix.
     */
    SparseRows rows(int cluster) {
        return rows[cluster];
    }

    /**
     * The blocks row {@code row} of {@code queries} should scan, nearest first: enough to reach
     * {@link BlockingSettings#minCandidates()} rows, at most {@link BlockingSettings#maxProbes()}.
     *
     * @param scratch a work array of length {@link #size()}
     */
    int[] probe(SparseRows queries, int row, float[] scratch) {
        if (clusters == 1) {
            return new int[] {0};
        }
        Arrays.fill(scratch, 0f);
        for (int i = queries.start[row]; i < queries.start[row + 1]; i++) {
            float weight = queries.vals[i];
            float[] centroids = centroidsByColumn[queries.cols[i]];
            for (int c = 0; c < clusters; c++) {
                scratch[c] += weight * centroids[c];
            }
        }
        TopK nearest = new TopK(settings.maxProbes());
        for (int c = 0; c < clusters; c++) {
            nearest.offer(scratch[c], c);
        }
        int[] order = nearest.indices();
        int probes = 0;
        int candidates = 0;
        while (probes < order.length && candidates < settings.minCandidates()) {
            candidates += members[order[probes++]].length;
        }
        return Arrays.copyOf(order, probes);
    }

    private static int[] nonEmptyRows(SparseRows rows) {
        return java.util.stream.IntStream.range(0, rows.rows()).filter(r -> rows.nonZeros(r) > 0).toArray();
    }

    private static double[][] sample(SparseRows database, int[] nonEmpty, BlockingSettings settings) {
        int[] pool = nonEmpty.clone();
        Random random = new Random(settings.seed());
        int size = Math.min(settings.sampleSize(), pool.length);
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(pool.length - i);
            int swap = pool[i];
            pool[i] = pool[j];
            pool[j] = swap;
        }
        double[][] sample = new double[size][database.columns];
        for (int i = 0; i < size; i++) {
            int row = pool[i];
            for (int j = database.start[row]; j < database.start[row + 1]; j++) {
                sample[i][database.cols[j]] = database.vals[j];
            }
        }
        return sample;
    }

    private static int[][] assign(SparseRows database, int[] nonEmpty, float[][] byColumn, int clusters) {
        List<List<Integer>> lists = new ArrayList<>(clusters);
        for (int c = 0; c < clusters; c++) {
            lists.add(new ArrayList<>());
        }
        int[] nearest = new int[database.rows()];
        java.util.stream.IntStream.of(nonEmpty).parallel().forEach(row -> {
            float[] score = new float[clusters];
            for (int i = database.start[row]; i < database.start[row + 1]; i++) {
                float weight = database.vals[i];
                float[] centroids = byColumn[database.cols[i]];
                for (int c = 0; c < clusters; c++) {
                    score[c] += weight * centroids[c];
                }
            }
            int best = 0;
            for (int c = 1; c < clusters; c++) {
                if (score[c] > score[best]) {
                    best = c;
                }
            }
            nearest[row] = best;
        });
        for (int row : nonEmpty) {
            lists.get(nearest[row]).add(row);
        }
        int[][] members = new int[clusters][];
        for (int c = 0; c < clusters; c++) {
            members[c] = lists.get(c).stream().mapToInt(Integer::intValue).toArray();
        }
        return members;
    }
}
