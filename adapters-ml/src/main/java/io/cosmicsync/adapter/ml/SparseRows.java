package io.cosmicsync.adapter.ml;

import java.util.Arrays;
import java.util.List;

/**
 * A sparse matrix in compressed sparse row (CSR) form, one row per user, weights as {@code float}:
 * row {@code r} holds columns {@code cols[start[r] .. start[r+1])} in ascending order with weights
 * {@code vals[...]}. Rows are L2-normalized (or empty), so the dot product of two rows is their cosine.
 * Immutable once built; safe to share between threads.
 */
final class SparseRows {

    final int[] start;
    final int[] cols;
    final float[] vals;
    final int columns;

    private SparseRows(int[] start, int[] cols, float[] vals, int columns) {
        this.start = start;
        this.cols = cols;
        this.vals = vals;
        this.columns = columns;
    }

    /**
     * Rows of binary features weighted per column and scaled to unit length.
     *
     * @param rows    for each row, its distinct columns (any order)
     * @param columns the number of columns
     * @param weight  the weight of each column (e.g. its IDF); columns of weight 0 are dropped
     */
    static SparseRows weighted(List<int[]> rows, int columns, float[] weight) {
        int[] start = new int[rows.size() + 1];
        int nnz = 0;
        for (int[] row : rows) {
            nnz += row.length;
        }
        int[] cols = new int[nnz];
        float[] vals = new float[nnz];
        int at = 0;
        for (int r = 0; r < rows.size(); r++) {
            int[] row = rows.get(r).clone();
            Arrays.sort(row);
            int from = at;
            double norm = 0;
            for (int column : row) {
                if (weight[column] > 0) {
                    cols[at] = column;
                    vals[at] = weight[column];
                    norm += (double) weight[column] * weight[column];
                    at++;
                }
            }
            float scale = norm > 0 ? (float) (1.0 / Math.sqrt(norm)) : 0f;
            for (int i = from; i < at; i++) {
                vals[i] *= scale;
            }
            start[r + 1] = at;
        }
        return new SparseRows(start, Arrays.copyOf(cols, at), Arrays.copyOf(vals, at), columns);
    }

    /** The given rows, in that order, copied into a matrix of their own. */
    SparseRows subset(int[] rows) {
        int[] subStart = new int[rows.length + 1];
        int nnz = 0;
        for (int i = 0; i < rows.length; i++) {
            nnz += nonZeros(rows[i]);
            subStart[i + 1] = nnz;
        }
        int[] subCols = new int[nnz];
        float[] subVals = new float[nnz];
        for (int i = 0; i < rows.length; i++) {
            int length = nonZeros(rows[i]);
            System.arraycopy(cols, start[rows[i]], subCols, subStart[i], length);
            System.arraycopy(vals, start[rows[i]], subVals, subStart[i], length);
        }
        return new SparseRows(subStart, subCols, subVals, columns);
    }

    /** This matrix dense and column-major: entry (row r, column c) at {@code [c * rows() + r]}. */
    float[] columnMajor() {
        int n = rows();
        float[] dense = new float[columns * n];
        for (int r = 0; r < n; r++) {
            for (int i = start[r]; i < start[r + 1]; i++) {
                dense[cols[i] * n + r] = vals[i];
            }
        }
        return dense;
    }

    int rows() {
        return start.length - 1;
    }

    int nonZeros(int row) {
        return start[row + 1] - start[row];
    }

    /** Adds row {@code row} into {@code dense} (length {@link #columns}). */
    void scatter(int row, float[] dense) {
        for (int i = start[row]; i < start[row + 1]; i++) {
            dense[cols[i]] = vals[i];
        }
    }

    /** Resets the entries {@link #scatter} set. */
    void clear(int row, float[] dense) {
        for (int i = start[row]; i < start[row + 1]; i++) {
            dense[cols[i]] = 0f;
        }
    }

    /** The dot product of row {@code row} with a dense vector. */
    float dot(int row, float[] dense) {
        float sum = 0f;
        for (int i = start[row]; i < start[row + 1]; i++) {
            sum += vals[i] * dense[cols[i]];
        }
        return sum;
    }
}
