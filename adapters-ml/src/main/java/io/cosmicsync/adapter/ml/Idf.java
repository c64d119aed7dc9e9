package io.cosmicsync.adapter.ml;

import java.util.List;

/**
 * Inverse document frequency in the form BM25 uses (Robertson and Spärck Jones; Lucene's BM25 variant,
 * which stays positive): {@code idf(t) = ln(1 + (N - df(t) + 0.5) / (df(t) + 0.5))}, with {@code N} the
 * number of rows and {@code df(t)} the rows holding column {@code t}.
 *
 * <p>Profile tags are binary (a person lists a technology or not), so BM25's term-frequency saturation
 * has nothing to saturate and the weight of a tag is its IDF alone: a tag most people share (JavaScript,
 * 68% of the survey) weighs ~0.7, a rare one ~5–10. Rows are then L2-normalized, so scores are cosines.
 */
final class Idf {

    private Idf() {
    }

    /**
     * @param rows    distinct columns of each row (the population the frequencies are counted on)
     * @param columns the number of columns; a column no row holds gets the largest weight, {@code ln(1 + 2N + 1)}
     */
    static float[] of(List<int[]> rows, int columns) {
        int[] df = new int[columns];
        for (int[] row : rows) {
            for (int column : row) {
                df[column]++;
            }
        }
        double n = rows.size();
        float[] idf = new float[columns];
        for (int t = 0; t < columns; t++) {
            idf[t] = (float) Math.log(1 + (n - df[t] + 0.5) / (df[t] + 0.5));
        }
        return idf;
    }
}
